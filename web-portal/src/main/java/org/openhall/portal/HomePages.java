package org.openhall.portal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openhall.casefile.MostUsedItems;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemCategory;
import org.openhall.kernel.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's home, a service hall's front desk (issue 10.8): the search, the departments, the
 * categories, the most-used items and "what do I need" guidance; with a search or a filter, the list of
 * matching items below them.
 */
@Controller
class HomePages {

  static final int MOST_USED = 6;

  /** Shown while nobody applied lately (a new installation, the demo): the demo catalogue's everyday items. */
  static final List<String> FALLBACK_ORDER =
      List.of("SCJG-001", "SCJG-005", "GA-001", "MZ-001", "ZRZY-001", "RS-004");

  /** 我要办什么: a life situation (a key of the portalhome bundle) and the guides it leads to. */
  record Need(String key, List<String> itemCodes) {
  }

  static final List<Need> NEEDS = List.of(
      new Need("home.need.restaurant", List.of("SCJG-006", "SCJG-001")),
      new Need("home.need.company", List.of("SCJG-005", "SCJG-003")),
      new Need("home.need.marriage", List.of("MZ-001")),
      new Need("home.need.idCard", List.of("GA-001")));

  /** A need with the guides that are published here. */
  record NeedView(String key, List<ItemViews.ItemLine> items) {
  }

  private final Catalogue catalogue;
  private final ItemViews items;
  private final MostUsedItems mostUsed;

  HomePages(Catalogue catalogue, ItemViews items, MostUsedItems mostUsed) {
    this.catalogue = catalogue;
    this.items = items;
    this.mostUsed = mostUsed;
  }

  @GetMapping("/")
  String home(@RequestParam(required = false) String query,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) ItemCategory category,
      @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
    model.addAttribute("items", catalogue.search(query, department, category,
        PageRequest.of(Math.max(page, 0), 20)).map(v -> items.line(v, locale)));
    model.addAttribute("departments", catalogue.departments());
    model.addAttribute("categories", ItemCategory.values());
    model.addAttribute("query", query);
    model.addAttribute("department", department);
    model.addAttribute("category", category);
    boolean searching = (query != null && !query.isBlank()) || (department != null && !department.isBlank())
        || category != null;
    model.addAttribute("searching", searching);
    if (!searching) {
      model.addAttribute("mostUsed", mostUsed(locale));
      model.addAttribute("needs", NEEDS.stream()
          .map(n -> new NeedView(n.key(), n.itemCodes().stream().flatMap(c -> published(c, locale).stream()).toList()))
          .filter(n -> !n.items().isEmpty()).toList());
    }
    return "portal/index";
  }

  /** The most-used published items; topped up from {@link #FALLBACK_ORDER} while fewer were applied for. */
  private List<ItemViews.ItemLine> mostUsed(Locale locale) {
    Set<String> codes = new LinkedHashSet<>(mostUsed.itemCodes(MOST_USED));
    codes.addAll(FALLBACK_ORDER);
    List<ItemViews.ItemLine> found = new ArrayList<>();
    for (String code : codes) {
      if (found.size() == MOST_USED) {
        break;
      }
      published(code, locale).ifPresent(found::add);
    }
    return found;
  }

  private Optional<ItemViews.ItemLine> published(String code, Locale locale) {
    try {
      return Optional.of(items.line(catalogue.published(code), locale));
    } catch (DomainException notPublished) {
      return Optional.empty();
    }
  }
}
