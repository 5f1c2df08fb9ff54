package org.openhall.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's side of the catalogue: create items, edit drafts, attach blank forms and samples,
 * publish (refused with every reason listed) and retire. A published version is never edited:
 * editing it starts a new draft, a copy.
 */
@Service
public class CatalogueAdministration {

  private final ItemVersions versions;
  private final Departments departments;
  private final DeployedProcesses processes;
  private final GuideFiles files;
  private final Clock clock;

  CatalogueAdministration(ItemVersions versions, Departments departments,
      DeployedProcesses processes, GuideFiles files, Clock clock) {
    this.versions = versions;
    this.departments = departments;
    this.processes = processes;
    this.files = files;
    this.clock = clock;
  }

  /** Every item with all its versions, by code. */
  @Transactional(readOnly = true)
  public List<ApprovalItem> items() {
    Map<String, List<ItemVersion>> byCode = versions.findAll().stream()
        .collect(Collectors.groupingBy(ItemVersion::code, java.util.TreeMap::new,
            Collectors.toList()));
    List<ApprovalItem> items = new ArrayList<>();
    byCode.forEach((code, list) -> items.add(new ApprovalItem(code, list)));
    return items;
  }

  @Transactional(readOnly = true)
  public ApprovalItem item(String code) {
    return load(code);
  }

  @Transactional(readOnly = true)
  public ItemVersion version(String versionId) {
    return versions.findById(versionId)
        .orElseThrow(() -> DomainException.notFound("ITEM_NOT_FOUND", versionId));
  }

  /** A new item: its first version, a draft. */
  @Transactional
  public ItemVersion create(String code, ItemContent content) {
    return create(code, content, List.of());
  }

  /**
   * A new item, refused together with {@code unreadable}: values the caller could not even read
   * (letters where a number belongs, {@code fees[1].amount}), so one refusal lists every reason.
   */
  @Transactional
  public ItemVersion create(String code, ItemContent content, List<Violation> unreadable) {
    List<Violation> problems = new ArrayList<>(unreadable);
    if (code == null || !PublicationPolicy.CODE.matcher(code).matches() || code.length() > 32) {
      problems.add(new Violation("code", "ITEM_CODE_INVALID", List.of(String.valueOf(code))));
    } else if (!versions.findByCodeOrderByVersionDesc(code).isEmpty()) {
      problems.add(new Violation("code", "ITEM_CODE_TAKEN", List.of(code)));
    }
    problems.addAll(draftProblems(String.valueOf(code), content));
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "ITEM_DRAFT_INVALID", problems, problems.size());
    }
    return versions.save(new ApprovalItem(code, List.of()).startDraft(content));
  }

  /** The draft to edit: the item's open draft, or a new one copied from its newest version. */
  @Transactional
  public ItemVersion draftOf(String code) {
    ApprovalItem item = load(code);
    return item.draft().orElseGet(() -> versions.save(item.startDraft()));
  }

  /** Replaces the content of a draft. */
  @Transactional
  public ItemVersion revise(String versionId, ItemContent content) {
    return revise(versionId, content, List.of());
  }

  /** Replaces the content of a draft, refused together with {@code unreadable} (see {@link #create}). */
  @Transactional
  public ItemVersion revise(String versionId, ItemContent content, List<Violation> unreadable) {
    ItemVersion draft = version(versionId);
    List<Violation> problems = new ArrayList<>(unreadable);
    problems.addAll(draftProblems(draft.code(), content));
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "ITEM_DRAFT_INVALID", problems, problems.size());
    }
    draft.revise(content);
    return draft;
  }

  /** Throws a draft away; published and retired versions stay forever. */
  @Transactional
  public void discard(String versionId) {
    ItemVersion draft = version(versionId);
    if (!draft.isDraft()) {
      throw DomainException.conflict("ITEM_NOT_DRAFT", draft.code(), draft.version());
    }
    versions.delete(draft);
  }

  /** Stores a blank form or sample and offers it beside a material of a draft. */
  @Transactional
  public ItemVersion attach(String versionId, String materialId, GuideFile.Kind kind,
      String fileName, byte[] bytes) {
    ItemVersion draft = version(versionId);
    if (!draft.isDraft()) {
      throw DomainException.conflict("ITEM_NOT_DRAFT", draft.code(), draft.version());
    }
    draft.attach(materialId, kind, files.store(fileName, bytes));
    return draft;
  }

  /** Every reason why a version cannot be published now; empty when it can. */
  @Transactional(readOnly = true)
  public List<Violation> publicationProblems(String versionId) {
    ItemVersion v = version(versionId);
    return PublicationPolicy.problems(v.code(), v.content(), departmentCodes(), processes);
  }

  /**
   * Publishes a draft and supersedes the version published before it. Refused, with every
   * reason, when the process is not deployed, the form rules are inconsistent, the promise
   * exceeds the law or the guide is incomplete.
   */
  @Transactional
  public ItemVersion publish(String versionId) {
    ItemVersion draft = version(versionId);
    if (!draft.isDraft()) {
      throw DomainException.conflict("ITEM_NOT_DRAFT", draft.code(), draft.version());
    }
    List<Violation> problems =
        PublicationPolicy.problems(draft.code(), draft.content(), departmentCodes(), processes);
    if (!problems.isEmpty()) {
      throw new DomainException(Kind.INVALID, "ITEM_NOT_PUBLISHABLE", problems, draft.code(),
          draft.version(), problems.size());
    }
    load(draft.code()).publish(draft, clock.instant(), LocalDate.now(clock));
    return draft;
  }

  /** Retires the published version: the item can no longer be applied for; filed cases keep it. */
  @Transactional
  public ItemVersion retire(String versionId) {
    ItemVersion v = version(versionId);
    v.retire(LocalDate.now(clock));
    return v;
  }

  private ApprovalItem load(String code) {
    List<ItemVersion> list = versions.findByCodeOrderByVersionDesc(code);
    if (list.isEmpty()) {
      throw DomainException.notFound("ITEM_NOT_FOUND", code);
    }
    return new ApprovalItem(code, list);
  }

  /** What even a draft needs: the columns that identify it and a department that exists. */
  private List<Violation> draftProblems(String code, ItemContent c) {
    List<Violation> p = new ArrayList<>();
    if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
      p.add(new Violation("name", "ITEM_NAME_MISSING", List.of(code)));
    }
    if (c.category() == null) {
      p.add(new Violation("category", "ITEM_CATEGORY_MISSING", List.of(code)));
    }
    if (c.itemType() == null) {
      p.add(new Violation("itemType", "ITEM_TYPE_MISSING", List.of(code)));
    }
    if (c.leadDepartment() == null || !departments.existsById(c.leadDepartment())) {
      p.add(new Violation("leadDepartment", "ITEM_DEPARTMENT_UNKNOWN",
          List.of(code, String.valueOf(c.leadDepartment()))));
    }
    if (c.processKey() == null || c.processKey().isBlank() || c.processKey().length() > 64) {
      p.add(new Violation("processKey", "ITEM_PROCESS_MISSING", List.of(code)));
    }
    p.addAll(PublicationPolicy.rowProblems(code, c));
    for (GuideFile f : c.guide().files()) {
      if (f.sha256() == null || !files.has(f.sha256())) {
        p.add(new Violation("materials", "CATALOGUE_FILE_MISSING",
            List.of(code, String.valueOf(f.fileName()))));
      }
    }
    return p;
  }

  private Set<String> departmentCodes() {
    return departments.findAll().stream().map(Department::code).collect(Collectors.toSet());
  }
}
