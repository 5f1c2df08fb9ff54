package org.openhall.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.openhall.rating.CaseRatings;
import org.openhall.rating.NewRating;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 好差评 in the portal: the form on the case page posts here; a rating with problems comes back on its
 * own page with everything chosen and typed kept and each problem beside its field.
 */
@Controller
class RatingPages {

  private final AccountDirectory accounts;
  private final CaseRatings ratings;
  private final RatingViews views;
  private final CaseViews cases;
  private final Texts texts;

  RatingPages(AccountDirectory accounts, CaseRatings ratings, RatingViews views, CaseViews cases, Texts texts) {
    this.accounts = accounts;
    this.ratings = ratings;
    this.views = views;
    this.cases = cases;
    this.texts = texts;
  }

  @GetMapping("/cases/{caseNumber}/rating")
  String form(@PathVariable String caseNumber, Principal principal, Model model) {
    Member me = accounts.require(principal.getName());
    return page(caseNumber, me, views.block(caseNumber, me), model);
  }

  @PostMapping("/cases/{caseNumber}/rating")
  String rate(@PathVariable String caseNumber, Principal principal, HttpServletRequest request,
      RedirectAttributes redirect, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    Map<String, String> indicators = new LinkedHashMap<>();
    for (String key : RatingViews.INDICATORS) {
      String value = request.getParameter("indicators." + key);
      if (value != null && !value.isBlank()) {
        indicators.put(key, value.strip());
      }
    }
    RatingViews.RatingForm form = new RatingViews.RatingForm(request.getParameter("score"), indicators,
        request.getParameter("comment"));
    try {
      ratings.rate(caseNumber, me, new NewRating(level(form.score()), levels(indicators), form.comment()));
      redirect.addFlashAttribute("notice", texts.of("rating.thanks", locale));
      return "redirect:/cases/" + caseNumber + "#case-rating";
    } catch (DomainException e) {
      if ("ALREADY_RATED".equals(e.code())) {
        // a second tab or a double click: the case page shows the rating given first
        redirect.addFlashAttribute("notice", texts.of(e, locale));
        return "redirect:/cases/" + caseNumber + "#case-rating";
      }
      if (e.violations().isEmpty()) {
        throw e;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      e.violations().forEach(v -> errors.merge(v.field(), texts.of(v.code(), locale, v.args().toArray()),
          (a, b) -> a + " " + b));
      return page(caseNumber, me, views.block(caseNumber, me, form, errors), model);
    }
  }

  private String page(String caseNumber, Member me, RatingViews.Block block, Model model) {
    model.addAttribute("c", cases.viewOwned(caseNumber, me));
    model.addAttribute("rating", block);
    return "portal/rating";
  }

  /** A level as typed: blank is none; anything not a number is out of range (-1), so it is refused. */
  private static Integer level(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  private static Map<String, Integer> levels(Map<String, String> typed) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    typed.forEach((key, value) -> levels.put(key, level(value)));
    return levels;
  }
}
