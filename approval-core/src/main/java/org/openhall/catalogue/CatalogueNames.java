package org.openhall.catalogue;

import java.util.Locale;
import java.util.Optional;
import org.openhall.kernel.LocalizedText;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue names a record kept when it was made (a case's item name, a licence's title and
 * issuer, 快照), as a reader of a language sees them on lists (ADR 0025). A Chinese reader gets the
 * name the record kept, unchanged; an English reader gets the English name of the item (the version
 * the record pins, else the published one, else the latest) or of the department, and the kept
 * Chinese name, marked as a fall-back, when the catalogue has none. Pages ask it as
 * {@code @catalogueNames}.
 */
@Component("catalogueNames")
public class CatalogueNames {

  private final ItemVersions versions;
  private final Departments departments;

  CatalogueNames(ItemVersions versions, Departments departments) {
    this.versions = versions;
    this.departments = departments;
  }

  /** The name of item {@code code} that a record kept as {@code kept}. */
  @Transactional(readOnly = true)
  public LocalizedText item(String code, String kept, Locale locale) {
    if (!LocalizedText.isEnglish(locale)) {
      return LocalizedText.of(kept, null, locale);
    }
    return LocalizedText.of(kept, itemOf(code).map(v -> v.guide().nameEn()).orElse(null), locale);
  }

  /** The name of the item version {@code versionId} (a case pins one) that a record kept. */
  @Transactional(readOnly = true)
  public LocalizedText itemVersion(String versionId, String kept, Locale locale) {
    if (!LocalizedText.isEnglish(locale) || versionId == null) {
      return LocalizedText.of(kept, null, locale);
    }
    return LocalizedText.of(kept,
        versions.findById(versionId).map(v -> v.guide().nameEn()).orElse(null), locale);
  }

  /** The licence title of item {@code code} that a licence kept as {@code kept}. */
  @Transactional(readOnly = true)
  public LocalizedText licenceTitle(String code, String kept, Locale locale) {
    if (!LocalizedText.isEnglish(locale)) {
      return LocalizedText.of(kept, null, locale);
    }
    return LocalizedText.of(kept, itemOf(code)
        .filter(v -> kept != null && kept.equals(v.guide().licenceTitle()))
        .map(v -> v.guide().licenceTitleEn()).orElse(null), locale);
  }

  /** The name of department {@code code}; the code itself when the department is unknown. */
  @Transactional(readOnly = true)
  public LocalizedText department(String code, Locale locale) {
    return departments.findById(code == null ? "" : code).map(d -> d.nameIn(locale))
        .orElse(LocalizedText.of(code, null, locale));
  }

  /** A department's name that a record kept (a licence's issuer), by that Chinese name. */
  @Transactional(readOnly = true)
  public LocalizedText departmentNamed(String kept, Locale locale) {
    if (!LocalizedText.isEnglish(locale)) {
      return LocalizedText.of(kept, null, locale);
    }
    return LocalizedText.of(kept, departments.findAll().stream()
        .filter(d -> d.name().equals(kept)).findFirst().map(Department::nameEn).orElse(null),
        locale);
  }

  private Optional<ItemVersion> itemOf(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return versions.findFirstByCodeAndStatus(code, ItemStatus.PUBLISHED)
        .or(() -> versions.findByCodeOrderByVersionDesc(code).stream().findFirst());
  }
}
