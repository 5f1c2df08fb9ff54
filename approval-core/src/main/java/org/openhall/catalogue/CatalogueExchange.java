package org.openhall.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhall.catalogue.CatalogueFile.DepartmentEntry;
import org.openhall.catalogue.CatalogueFile.FileEntry;
import org.openhall.catalogue.CatalogueFile.ItemEntry;
import org.openhall.filestore.FileStore;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.Department;
import org.openhall.organisation.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 四统一: exports the published catalogue as one self-contained file and imports such a file as a
 * whole — every problem listed, nothing stored unless all is well (one transaction), and the
 * same file twice changes nothing.
 */
@Service
public class CatalogueExchange {

  private final ItemVersions versions;
  private final Departments departments;
  private final GuideFiles files;
  private final Clock clock;

  CatalogueExchange(ItemVersions versions, Departments departments, GuideFiles files,
      Clock clock) {
    this.versions = versions;
    this.departments = departments;
    this.files = files;
    this.clock = clock;
  }

  /** The published version of every item, the departments and the files the guides offer. */
  @Transactional(readOnly = true)
  public CatalogueFile export() {
    List<ItemEntry> items = versions.findByStatusOrderByCode(ItemStatus.PUBLISHED).stream()
        .map(ItemEntry::of).toList();
    Map<String, FileEntry> attached = new LinkedHashMap<>();
    versions.findByStatusOrderByCode(ItemStatus.PUBLISHED).forEach(v -> v.guide().files()
        .forEach(f -> attached.computeIfAbsent(f.sha256(), sha -> new FileEntry(sha,
            f.fileName(), f.mediaType(), Base64.getEncoder().encodeToString(files.bytes(sha))))));
    List<DepartmentEntry> deps = departments.findAllByOrderByCode().stream()
        .map(d -> new DepartmentEntry(d.code(), d.name(), d.nameEn())).toList();
    return new CatalogueFile(CatalogueFile.FORMAT, CatalogueFile.FORMAT_VERSION, clock.instant(),
        deps, items, List.copyOf(attached.values()));
  }

  /** The export as JSON bytes (UTF-8, indented). */
  @Transactional(readOnly = true)
  public byte[] exportJson() {
    try {
      return JsonColumns.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(export());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the catalogue cannot be written as JSON", e);
    }
  }

  /**
   * Reads and imports a file given as bytes. Items that cannot be read (a wrong type, an unknown
   * category) are reported each with its position, together with every other problem.
   */
  @Transactional
  public ImportResult importJson(byte[] json) {
    JsonNode root;
    try {
      root = JsonColumns.MAPPER.readTree(json);
    } catch (IOException e) {
      long line = e instanceof JsonProcessingException p && p.getLocation() != null
          ? p.getLocation().getLineNr() : 0;
      throw DomainException.invalid("CATALOGUE_NOT_JSON", line);
    }
    if (root == null || !root.isObject()) {
      throw DomainException.invalid("CATALOGUE_NOT_JSON", 1);
    }
    if (root.has("items") && !root.get("items").isArray()) {
      throw DomainException.invalid("CATALOGUE_NOT_JSON", 1);
    }
    List<Violation> unreadable = new ArrayList<>();
    List<ItemEntry> items = new ArrayList<>();
    JsonNode itemNodes = root.path("items");
    for (int i = 0; i < itemNodes.size(); i++) {
      try {
        items.add(JsonColumns.MAPPER.treeToValue(itemNodes.get(i), ItemEntry.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        String where = e instanceof MismatchedInputException m ? m.getPathReference() : "";
        unreadable.add(new Violation("items[" + i + "]", "CATALOGUE_ITEM_UNREADABLE",
            List.of(itemNodes.get(i).path("code").asText("#" + (i + 1)), shortPath(where))));
        items.add(null);
      }
    }
    CatalogueFile file;
    try {
      file = new CatalogueFile(root.path("format").asText(null),
          root.path("formatVersion").asInt(0), null, root.has("departments")
              ? List.of(JsonColumns.MAPPER.treeToValue(root.get("departments"),
                  DepartmentEntry[].class))
              : List.of(),
          List.of(), root.has("files")
              ? List.of(JsonColumns.MAPPER.treeToValue(root.get("files"), FileEntry[].class))
              : List.of());
    } catch (JsonProcessingException | RuntimeException e) {
      throw DomainException.invalid("CATALOGUE_NOT_JSON", 1);
    }
    return importChecked(file, items, unreadable);
  }

  /**
   * Imports a catalogue file as a whole: every problem is reported together and nothing is
   * stored unless all is well. A version already present with the same code, number and content
   * is left as it is, so importing the same file twice changes nothing.
   */
  @Transactional
  public ImportResult importFile(CatalogueFile file) {
    return importChecked(file, file.items(), List.of());
  }

  private ImportResult importChecked(CatalogueFile file, List<ItemEntry> items,
      List<Violation> unreadable) {
    List<Violation> problems = new ArrayList<>(unreadable);
    if (!CatalogueFile.FORMAT.equals(file.format())
        || file.formatVersion() != CatalogueFile.FORMAT_VERSION) {
      problems.add(new Violation("format", "CATALOGUE_FORMAT_UNKNOWN",
          List.of(String.valueOf(file.format()), file.formatVersion())));
      throw invalid(problems);
    }
    Map<String, byte[]> attached = checkFiles(file.files(), problems);
    Set<String> known = new HashSet<>();
    departments.findAll().forEach(d -> known.add(d.code()));
    for (int i = 0; i < file.departments().size(); i++) {
      DepartmentEntry d = file.departments().get(i);
      if (d == null || blank(d.code()) || blank(d.name()) || d.code().length() > 32
          || d.name().length() > 100) {
        problems.add(new Violation("departments[" + i + "]", "CATALOGUE_DEPARTMENT_INVALID",
            List.of(i + 1)));
      } else {
        known.add(d.code());
      }
    }
    Set<String> seen = new HashSet<>();
    List<ItemEntry> toAdd = new ArrayList<>();
    int unchanged = 0;
    Map<ItemVersion, ItemContent> toTranslate = new java.util.LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ItemEntry e = items.get(i);
      if (e == null) {
        continue;
      }
      String at = "items[" + i + "]";
      if (blank(e.code()) || !PublicationPolicy.CODE.matcher(e.code()).matches()
          || e.code().length() > 32) {
        problems.add(new Violation(at + ".code", "ITEM_CODE_INVALID",
            List.of(String.valueOf(e.code()))));
        continue;
      }
      if (!seen.add(e.code())) {
        problems.add(new Violation(at, "CATALOGUE_ITEM_REPEATED", List.of(e.code())));
        continue;
      }
      if (e.version() < 1) {
        problems.add(new Violation(at + ".version", "CATALOGUE_VERSION_INVALID",
            List.of(e.code(), e.version())));
        continue;
      }
      ItemContent content = e.content();
      PublicationPolicy.problems(e.code(), content, known, null)
          .forEach(v -> problems.add(new Violation(at + "." + v.field(), v.code(), v.args())));
      for (GuideFile f : content.guide().files()) {
        if (f.sha256() == null || !attached.containsKey(f.sha256()) && !files.has(f.sha256())) {
          problems.add(new Violation(at + ".materials", "CATALOGUE_FILE_MISSING",
              List.of(e.code(), String.valueOf(f.fileName()))));
        }
      }
      List<ItemVersion> local = versions.findByCodeOrderByVersionDesc(e.code());
      ItemVersion same = local.stream().filter(v -> v.version() == e.version()).findFirst()
          .orElse(null);
      if (same != null) {
        if (same.isDraft()) {
          problems.add(new Violation(at, "CATALOGUE_DRAFT_IN_THE_WAY",
              List.of(e.code(), e.version())));
        } else if (!same.content().withoutTranslations()
            .equals(content.withoutTranslations())) {
          problems.add(new Violation(at, "CATALOGUE_VERSION_CHANGED",
              List.of(e.code(), e.version())));
        } else {
          if (!same.content().equals(content)) {
            toTranslate.put(same, content);
          }
          unchanged++;
        }
        continue;
      }
      local.stream().filter(v -> v.version() > e.version()).findFirst().ifPresent(newer ->
          problems.add(new Violation(at, "CATALOGUE_VERSION_BEHIND",
              List.of(e.code(), e.version(), newer.version()))));
      toAdd.add(e);
    }
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    attached.values().forEach(files::put);
    int departmentsAdded = 0;
    for (DepartmentEntry d : file.departments()) {
      if (!departments.existsById(d.code())) {
        departments.save(new Department(d.code(), d.name(), d.nameEn()));
        departmentsAdded++;
      } else {
        departments.findById(d.code()).ifPresent(local -> local.translateIfMissing(d.nameEn()));
      }
    }
    departments.flush();
    toTranslate.forEach(ItemVersion::translate);
    LocalDate today = LocalDate.now(clock);
    for (ItemEntry e : toAdd) {
      List<ItemVersion> local = versions.findByCodeOrderByVersionDesc(e.code());
      ItemVersion added = new ItemVersion(e.code(), e.version(), e.content());
      new ApprovalItem(e.code(), local).publish(added, clock.instant(),
          e.validFrom() != null ? e.validFrom() : today);
      versions.save(added);
    }
    return new ImportResult(departmentsAdded, file.departments().size() - departmentsAdded,
        toAdd.size(), unchanged);
  }

  /**
   * What stands in the way of publishing one entry, apart from the process deployment (which an
   * import does not require) and the state of this installation.
   */
  public static List<Violation> contentProblems(ItemEntry entry, Set<String> departments) {
    return PublicationPolicy.problems(entry.code(), entry.content(), departments, null);
  }

  private Map<String, byte[]> checkFiles(List<FileEntry> entries, List<Violation> problems) {
    Map<String, byte[]> attached = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      FileEntry f = entries.get(i);
      String at = "files[" + i + "]";
      byte[] bytes;
      try {
        bytes = f == null || f.content() == null ? null : Base64.getDecoder().decode(f.content());
      } catch (IllegalArgumentException e) {
        bytes = null;
      }
      String name = f == null ? "#" + (i + 1) : String.valueOf(f.fileName());
      if (bytes == null || !FileStore.sha256(bytes).equals(f.sha256())) {
        problems.add(new Violation(at, "CATALOGUE_FILE_CORRUPT", List.of(name)));
        continue;
      }
      try {
        files.check(f.fileName(), bytes);
        attached.put(f.sha256(), bytes);
      } catch (DomainException refused) {
        problems.add(new Violation(at, refused.code(), List.of(refused.args())));
      }
    }
    return attached;
  }

  private static DomainException invalid(List<Violation> problems) {
    return new DomainException(Kind.INVALID, "CATALOGUE_INVALID", problems, problems.size());
  }

  private static String shortPath(String reference) {
    int at = reference.lastIndexOf("[\"");
    return at < 0 ? reference : reference.substring(at + 2).replace("\"]", "");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** What an import did: departments and item versions added, and those already there. */
  public record ImportResult(int departmentsAdded, int departmentsUnchanged, int itemsAdded,
      int itemsUnchanged) {
  }
}
