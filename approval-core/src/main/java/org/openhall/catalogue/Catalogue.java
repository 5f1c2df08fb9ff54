package org.openhall.catalogue;

import java.util.List;
import org.openhall.kernel.LocalizedText;
import org.openhall.kernel.DomainException;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's reading side: published items, pinned versions, search, guide downloads. */
@Service
public class Catalogue {

  private final ItemVersions versions;
  private final Departments departments;
  private final GuideFiles files;
  private final CatalogueExchange exchange;

  Catalogue(ItemVersions versions, Departments departments, GuideFiles files,
      CatalogueExchange exchange) {
    this.versions = versions;
    this.departments = departments;
    this.files = files;
    this.exchange = exchange;
  }

  /** The version of {@code code} that can be applied for now, or 404. */
  @Transactional(readOnly = true)
  public ItemVersion published(String code) {
    return versions.findFirstByCodeAndStatus(code, ItemStatus.PUBLISHED)
        .orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND", code));
  }

  /** Any version by its id, as a case pins it. */
  @Transactional(readOnly = true)
  public ItemVersion version(String versionId) {
    return versions.findById(versionId)
        .orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND", versionId));
  }

  /** Published items whose name or code contains the query, of a lead department and category. */
  @Transactional(readOnly = true)
  public Page<ItemVersion> search(String query, String department, ItemCategory category,
      Pageable pageable) {
    String q = query == null || query.isBlank() ? null : query.strip();
    String d = department == null || department.isBlank() ? null : department.strip();
    return versions.searchPublished(q, d, category, pageable);
  }

  @Transactional(readOnly = true)
  public String departmentName(String code) {
    return departments.findById(code).map(Department::name).orElse(code);
  }

  /** The department's English name, or null when it has none (or is unknown). */
  @Transactional(readOnly = true)
  public String departmentNameEn(String code) {
    return code == null ? null : departments.findById(code).map(Department::nameEn).orElse(null);
  }

  /** The department's name for a locale (ADR 0025). */
  @Transactional(readOnly = true)
  public LocalizedText departmentNameIn(String code, java.util.Locale locale) {
    return LocalizedText.of(departmentName(code), departmentNameEn(code), locale);
  }

  /** A catalogue text for a locale: the one rule every page and message asks (ADR 0025). */
  public static LocalizedText text(String zh, String en, java.util.Locale locale) {
    return LocalizedText.of(zh, en, locale);
  }

  /** A version's guide as a page shows it, its departments named (the one guide fragment's model). */
  @Transactional(readOnly = true)
  public GuideSheet sheet(ItemVersion v) {
    return new GuideSheet(v, departmentName(v.leadDepartment()),
        v.guide().coDepartments().stream().map(this::departmentName).toList(),
        departmentNameEn(v.leadDepartment()),
        v.guide().coDepartments().stream().map(this::departmentNameEn).toList());
  }

  @Transactional(readOnly = true)
  public List<Department> departments() {
    return departments.findAllByOrderByCode();
  }

  /** A blank form or sample of the published version of an item; 404 for anything else. */
  @Transactional(readOnly = true)
  public Download publishedFile(String code, String sha256) {
    return fileOf(published(code), sha256);
  }

  /** A blank form or sample of any version (the admin's preview of a draft). */
  @Transactional(readOnly = true)
  public Download versionFile(String versionId, String sha256) {
    return fileOf(version(versionId), sha256);
  }

  /** Imports a catalogue file as a whole (see {@link CatalogueExchange#importFile}). */
  public CatalogueExchange.ImportResult importFile(CatalogueFile file) {
    return exchange.importFile(file);
  }

  private Download fileOf(ItemVersion v, String sha256) {
    GuideFile file = v.guide().files().stream().filter(f -> f.sha256().equals(sha256))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("GUIDE_FILE_NOT_FOUND", sha256));
    return new Download(file, files.bytes(file.sha256()));
  }

  /** A file with its bytes. */
  public record Download(GuideFile file, byte[] bytes) {
  }
}
