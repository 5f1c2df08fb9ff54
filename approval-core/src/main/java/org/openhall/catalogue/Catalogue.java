package org.openhall.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's application service: find published items, import a catalogue file. */
@Service
public class Catalogue {

  private final ItemVersions versions;
  private final Departments departments;
  private final Clock clock;

  Catalogue(ItemVersions versions, Departments departments, Clock clock) {
    this.versions = versions;
    this.departments = departments;
    this.clock = clock;
  }

  /** The version of {@code code} that can be applied for now, or 404. */
  @Transactional(readOnly = true)
  public ItemVersion published(String code) {
    return versions.findFirstByCodeAndStatus(code, ItemStatus.PUBLISHED)
        .orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND", code));
  }

  @Transactional(readOnly = true)
  public ItemVersion version(String versionId) {
    return versions.findById(versionId)
        .orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND", versionId));
  }

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

  @Transactional(readOnly = true)
  public List<Department> departments() {
    return departments.findAllByOrderByCode();
  }

  /**
   * Imports a catalogue file as a whole: every problem is reported together and nothing is
   * stored unless all is well. Versions already present with the same code and number are left
   * as they are, so importing the same file twice changes nothing.
   */
  @Transactional
  public ImportResult importFile(CatalogueFile file) {
    List<Violation> problems = check(file);
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "CATALOGUE_INVALID", problems,
          problems.size());
    }
    int newDepartments = 0;
    for (CatalogueFile.DepartmentEntry d : file.departments()) {
      if (!departments.existsById(d.code())) {
        departments.save(new Department(d.code(), d.name()));
        newDepartments++;
      }
    }
    int newItems = 0;
    for (CatalogueFile.ItemEntry e : file.items()) {
      if (versions.findByCodeAndVersion(e.code(), e.version()).isPresent()) {
        continue;
      }
      versions.findFirstByCodeAndStatus(e.code(), ItemStatus.PUBLISHED)
          .filter(older -> older.version() < e.version())
          .ifPresent(older -> older.retire(LocalDate.now(clock)));
      ItemVersion v = new ItemVersion(e.code(), e.version(), e.name(), e.category(), e.itemType(),
          e.leadDepartment(), e.legalDays(), e.promisedDays(), e.onlineDepth(), e.processKey(),
          e.validFrom(), e.guide(), e.form());
      v.publish(clock.instant());
      versions.save(v);
      newItems++;
    }
    return new ImportResult(newDepartments, newItems);
  }

  private List<Violation> check(CatalogueFile file) {
    List<Violation> problems = new ArrayList<>();
    if (!CatalogueFile.FORMAT.equals(file.format()) || file.formatVersion() != 1) {
      problems.add(new Violation("format", "CATALOGUE_FORMAT_UNKNOWN",
          List.of(String.valueOf(file.format()), file.formatVersion())));
      return problems;
    }
    Set<String> known = new HashSet<>();
    departments.findAll().forEach(d -> known.add(d.code()));
    file.departments().forEach(d -> known.add(d.code()));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < file.items().size(); i++) {
      CatalogueFile.ItemEntry e = file.items().get(i);
      String at = "items[" + i + "]";
      if (e.code() == null || e.code().isBlank() || e.name() == null || e.name().isBlank()) {
        problems.add(new Violation(at, "CATALOGUE_ITEM_INCOMPLETE", List.of(i)));
        continue;
      }
      if (!seen.add(e.code() + "#" + e.version())) {
        problems.add(new Violation(at, "CATALOGUE_ITEM_DUPLICATE", List.of(e.code(), e.version())));
      }
      if (!known.contains(e.leadDepartment())) {
        problems.add(new Violation(at, "CATALOGUE_DEPARTMENT_UNKNOWN",
            List.of(e.code(), String.valueOf(e.leadDepartment()))));
      }
      if (e.promisedDays() > e.legalDays()) {
        problems.add(new Violation(at, "ITEM_PROMISE_EXCEEDS_LAW",
            List.of(e.code(), e.promisedDays(), e.legalDays())));
      }
      if (e.category() == null || e.processKey() == null || e.form() == null) {
        problems.add(new Violation(at, "CATALOGUE_ITEM_INCOMPLETE", List.of(e.code())));
      }
    }
    return problems;
  }

  /** What an import added. */
  public record ImportResult(int departmentsAdded, int itemsAdded) {
  }
}
