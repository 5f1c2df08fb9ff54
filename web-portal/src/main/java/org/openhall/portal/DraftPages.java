package org.openhall.portal;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.openhall.catalogue.Catalogue;
import org.openhall.draft.ApplicationDrafting;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 我的草稿: the signed-in account's saved applications, to resume or delete. */
@Controller
class DraftPages {

  private final AccountDirectory accounts;
  private final ApplicationDrafting drafts;
  private final Catalogue catalogue;
  private final Texts texts;
  private final ZoneId zone;

  DraftPages(AccountDirectory accounts, ApplicationDrafting drafts, Catalogue catalogue, Texts texts,
      Clock clock) {
    this.accounts = accounts;
    this.drafts = drafts;
    this.catalogue = catalogue;
    this.texts = texts;
    this.zone = clock.getZone();
  }

  @GetMapping("/drafts")
  String myDrafts(Principal principal, Model model, Locale locale) {
    Member me = accounts.require(principal.getName());
    model.addAttribute("drafts", drafts.of(me).stream().map(d -> new Row(d.itemCode(), nameOf(d.itemCode(), locale),
        d.currentVersion() != null, d.versionChanged(), d.savedAt().atZone(zone).toLocalDateTime())).toList());
    return "portal/drafts";
  }

  /** Deletes the caller's draft of the item; another account's draft is as unknown as none (404). */
  @PostMapping("/drafts/{itemCode}/delete")
  String delete(@PathVariable String itemCode, Principal principal, RedirectAttributes redirect, Locale locale,
      @RequestParam(required = false) String back) {
    Member me = accounts.require(principal.getName());
    drafts.discard(me, itemCode);
    redirect.addFlashAttribute("notice", texts.of("draft.deleted", locale));
    // from the apply page: back to a fresh form of the same item (the code is a draft's, checked above)
    return "apply".equals(back) ? "redirect:/apply/" + itemCode : "redirect:/drafts";
  }

  private String nameOf(String itemCode, Locale locale) {
    try {
      return catalogue.published(itemCode).nameIn(locale).text();
    } catch (DomainException noLongerOffered) {
      return itemCode;
    }
  }

  /** One draft in the list: the item, whether it can still be applied for, and when it was saved. */
  record Row(String itemCode, String itemName, boolean offered, boolean versionChanged, LocalDateTime savedAt) {
  }
}
