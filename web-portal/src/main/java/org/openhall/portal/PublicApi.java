package org.openhall.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.CatalogueNames;
import org.openhall.catalogue.ItemCategory;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.PublicNames;
import org.openhall.licence.Licence;
import org.openhall.licence.LicenceIssuing;
import org.openhall.licence.LicenceStatus;
import org.openhall.licence.RevocationKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may read without signing in: the catalogue, due dates, licence verification. */
@RestController
@RequestMapping("/api/v1")
class PublicApi {

  private final Catalogue catalogue;
  private final ItemViews views;
  private final WorkingDays workingDays;
  private final LicenceIssuing licences;
  private final CatalogueNames names;

  PublicApi(Catalogue catalogue, ItemViews views, WorkingDays workingDays, LicenceIssuing licences,
      CatalogueNames names) {
    this.catalogue = catalogue;
    this.views = views;
    this.workingDays = workingDays;
    this.licences = licences;
    this.names = names;
  }

  @GetMapping("/items")
  PageView<ItemViews.ItemSummary> items(@RequestParam(required = false) String query,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) ItemCategory category,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      java.util.Locale locale) {
    if (page < 0 || size < 1 || size > 100) {
      throw DomainException.invalid("PAGE_INVALID", page, size);
    }
    Page<ItemViews.ItemSummary> result = catalogue.search(query, department, category,
        PageRequest.of(page, size)).map(v -> views.summary(v, locale));
    return new PageView<>(result.getContent(), result.getNumber(), result.getSize(),
        result.getTotalElements(), result.getTotalPages());
  }

  @GetMapping("/items/{code}")
  ItemViews.ItemGuide item(@PathVariable String code, java.util.Locale locale) {
    return views.guide(catalogue.published(code), locale);
  }

  @GetMapping("/calendar/due-date")
  DueDateView dueDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
      @RequestParam int workingDays) {
    if (workingDays < 0 || workingDays > 3650) {
      throw DomainException.invalid("WORKING_DAYS_INVALID", workingDays);
    }
    DueDate due = this.workingDays.dueDate(start, workingDays);
    return new DueDateView(due.date(), due.provisional());
  }

  @GetMapping("/licences/{verificationCode}")
  LicenceCheck licence(@PathVariable String verificationCode, Locale locale) {
    Licence l = licences.verify(verificationCode);
    return new LicenceCheck(l.statusOn(workingDays.today()), l.licenceNumber(),
        names.item(l.itemCode(), l.itemName(), locale).text(),
        masked(l.holderName()), l.issuedOn(), l.validUntil(), l.endedOn().orElse(null),
        l.revocationKind().orElse(null), l.supersededBy().orElse(null), l.supersedes().orElse(null));
  }

  /** A holder's name shown to the public: first character kept (张**), entities in full. */
  static String masked(String name) {
    return PublicNames.masked(name);
  }

  record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
  }

  /** API.md's {@code {dueDate, provisional}}. */
  record DueDateView(LocalDate dueDate, boolean provisional) {
  }

  /**
   * API.md's verification, plus how a licence ended: {@code endedOn} (revoked, replaced or cancelled),
   * {@code revocationKind} (ANNULMENT 撤销, PENALTY 吊销), {@code supersededBy} and {@code supersedes}
   * (licence numbers). The revocation's reason is the holder's and the department's, not the public's.
   */
  record LicenceCheck(LicenceStatus status, String licenceNumber, String itemName,
      String holderMasked, LocalDate issuedOn, LocalDate validUntil, LocalDate endedOn,
      RevocationKind revocationKind, String supersededBy, String supersedes) {
  }
}
