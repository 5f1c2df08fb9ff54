package org.openhall.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.openhall.catalogue.GuideFile;
import org.openhall.catalogue.ItemCategory;
import org.openhall.catalogue.ItemContent;
import org.openhall.catalogue.ItemType;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.LicenceValidity;
import org.openhall.catalogue.ServiceGuide;
import org.openhall.catalogue.ServiceGuide.Fee;
import org.openhall.catalogue.ServiceGuide.LegalBasis;
import org.openhall.catalogue.ServiceGuide.ProcedureStep;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldOption;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;
import org.openhall.catalogue.form.ShowWhen;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admin's item editor as posted: the main fields and, row by row, the guide's lists (legal
 * basis, conditions, procedure, materials, fees) and the form's fields with their options and
 * show-when. Row values are kept as typed (text), so a refused save shows them again unchanged;
 * only {@link #content} turns them into the domain's records, and the domain judges them
 * ({@code CatalogueAdministration}). An empty extension limit states none: the legal maximum
 * applies; an empty licence validity kind states none (licences are long-term).
 */
record ItemEditor(String code, String name, ItemType itemType, ItemCategory category,
    String leadDepartment, String coDepartments, String licenceTitle, Integer legalDays,
    Integer promisedDays, Integer maxExtensionDays, Integer onlineDepth, Integer visits,
    String location, String hours,
    String complaintChannel, String processKey, Boolean free,
    List<ConditionRow> conditions, List<BasisRow> legalBasis, List<StepRow> procedure,
    List<MaterialRow> materials, List<FeeRow> fees, List<FieldRow> fields,
    LicenceValidity.Kind licenceValidityKind, Integer licenceValidityYears,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceValidityUntil,
    org.openhall.catalogue.PaymentDue payment) {

  /** The lists the editor shows as rows, in page order; form fields are {@code fields}. */
  static final List<String> SECTIONS = List.of("legalBasis", "conditions", "procedure",
      "materials", "fees", "fields");

  ItemEditor {
    conditions = rows(conditions);
    legalBasis = rows(legalBasis);
    procedure = rows(procedure);
    materials = rows(materials);
    fees = rows(fees);
    fields = rows(fields);
  }

  /** One condition (申请条件). */
  record ConditionRow(String text) {
    boolean blank() {
      return ItemEditor.blank(text);
    }
  }

  /** One legal-basis row: the law, the article, its text. */
  record BasisRow(String law, String article, String text) {
    boolean blank() {
      return ItemEditor.blank(law) && ItemEditor.blank(article) && ItemEditor.blank(text);
    }
  }

  /** One procedure step. */
  record StepRow(String step, String description) {
    boolean blank() {
      return ItemEditor.blank(step) && ItemEditor.blank(description);
    }
  }

  /**
   * One material; {@code blankForm} and {@code sample} carry the SHA-256 of a file already
   * attached (a checked box keeps it, an unchecked one removes it).
   */
  record MaterialRow(String id, String name, Boolean required, Boolean deferrable,
      String originals, String copies, String source, String note, String licenceItemCode,
      String blankForm, String sample) {
    boolean blank() {
      return Stream.of(id, name, source, note, licenceItemCode).allMatch(ItemEditor::blank);
    }
  }

  /** One fee: name, amount in yuan, its basis. */
  record FeeRow(String name, String amount, String basis) {
    boolean blank() {
      return Stream.of(name, amount, basis).allMatch(ItemEditor::blank);
    }
  }

  /** One option of a select field. */
  record OptionRow(String value, String label) {
    OptionRow {
      value = value == null ? "" : value;
      label = label == null ? "" : label;
    }

    boolean blank() {
      return ItemEditor.blank(value) && ItemEditor.blank(label);
    }
  }

  /** One form field, its options (select only) and its show-when. */
  record FieldRow(String key, String label, String labelEn, FieldType type, Boolean required,
      String minLength, String maxLength, String min, String max, String pattern,
      String patternMessage, String help, String showWhenField, String showWhenEquals,
      List<OptionRow> options) {
    FieldRow {
      options = rows(options);
    }

    boolean blank() {
      return Stream.of(key, label, labelEn, help).allMatch(ItemEditor::blank)
          && options.stream().allMatch(OptionRow::blank);
    }

    public boolean isSelect() {
      return type == FieldType.SELECT;
    }
  }

  static ItemEditor blank() {
    return new ItemEditor("", "", ItemType.LICENCE, ItemCategory.PROMISED, "", "", "", 20, 10,
        null, 3, 1, "", "", "", ItemCategory.PROMISED.processKey(), true, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), null, null, null, null);
  }

  static ItemEditor of(ItemVersion v) {
    ItemContent c = v.content();
    ServiceGuide g = c.guide();
    LicenceValidity validity = c.licenceValidity();
    return new ItemEditor(v.code(), c.name(), c.itemType(), c.category(), c.leadDepartment(),
        String.join(",", g.coDepartments()), g.licenceTitle(), c.legalDays(), c.promisedDays(),
        c.maxExtensionDays(), c.onlineDepth(), g.visits(), g.location(), g.hours(),
        g.complaintChannel(), c.processKey(), Boolean.TRUE.equals(g.free()),
        g.conditions().stream().map(ConditionRow::new).toList(),
        g.legalBasis().stream().map(b -> new BasisRow(b.law(), b.article(), b.text())).toList(),
        g.procedure().stream().map(s -> new StepRow(s.step(), s.description())).toList(),
        g.materials().stream().map(m -> new MaterialRow(m.id(), m.name(), m.required(),
            m.deferrable(), String.valueOf(m.originals()), String.valueOf(m.copies()), m.source(),
            m.note(), m.licenceItemCode(), sha(m.blankForm()), sha(m.sample()))).toList(),
        g.fees().stream().map(f -> new FeeRow(f.name(),
            f.amount() == null ? "" : f.amount().toPlainString(), f.basis())).toList(),
        c.form().fields().stream().map(ItemEditor::row).toList(),
        validity == null ? null : validity.kind(), validity == null ? null : validity.years(),
        validity == null ? null : validity.until(), g.payment());
  }

  private static FieldRow row(FormField f) {
    return new FieldRow(f.key(), f.label(), f.labelEn(), f.type(), f.required(),
        text(f.minLength()), text(f.maxLength()), text(f.min()), text(f.max()), f.pattern(),
        f.patternMessage(), f.help(), f.showWhen() == null ? null : f.showWhen().field(),
        f.showWhen() == null ? null : f.showWhen().equals(),
        f.options() == null ? List.of() : f.options().stream()
            .map(o -> new OptionRow(o.value(), o.label())).toList());
  }

  // ---- row operations (add, remove, move up, move down) without saving ----

  /**
   * The editor after one row operation posted by a button: {@code add:materials},
   * {@code remove:fees:2}, {@code up:fields:1}, {@code down:procedure:0}; a field's options are
   * {@code add:options:1} and {@code up:options:1:0}. Unknown or out-of-range operations change
   * nothing.
   */
  ItemEditor apply(String op) {
    String[] p = op == null ? new String[0] : op.split(":");
    if (p.length < 2) {
      return this;
    }
    String verb = p[0];
    Integer i = p.length > 2 ? index(p[2]) : null;
    if ("options".equals(p[1])) {
      if (i == null || i >= fields.size()) {
        return this;
      }
      FieldRow f = fields.get(i);
      List<OptionRow> changed = change(f.options(), verb, p.length > 3 ? index(p[3]) : null,
          () -> new OptionRow("", ""));
      FieldRow g = new FieldRow(f.key(), f.label(), f.labelEn(), f.type(), f.required(),
          f.minLength(), f.maxLength(), f.min(), f.max(), f.pattern(), f.patternMessage(), f.help(),
          f.showWhenField(), f.showWhenEquals(), changed);
      return withFields(replace(fields, i, g));
    }
    return switch (p[1]) {
      case "conditions" -> with(change(conditions, verb, i, () -> new ConditionRow("")),
          legalBasis, procedure, materials, fees, fields);
      case "legalBasis" -> with(conditions, change(legalBasis, verb, i,
          () -> new BasisRow("", "", "")), procedure, materials, fees, fields);
      case "procedure" -> with(conditions, legalBasis, change(procedure, verb, i,
          () -> new StepRow("", "")), materials, fees, fields);
      case "materials" -> with(conditions, legalBasis, procedure, change(materials, verb, i,
          () -> new MaterialRow(nextMaterialId(), "", true, false, "1", "0", "", "", "", null,
              null)), fees, fields);
      case "fees" -> with(conditions, legalBasis, procedure, materials, change(fees, verb, i,
          () -> new FeeRow("", "", "")), fields);
      case "fields" -> withFields(change(fields, verb, i, () -> new FieldRow("", "", "",
          FieldType.TEXT, false, "", "", "", "", "", "", "", "", "", List.of())));
      default -> this;
    };
  }

  /**
   * Where the keyboard continues after an operation: the same button on the moved row, the add
   * button after an add, the section's add button after a remove.
   */
  static String focusAfter(String op, ItemEditor after) {
    String[] p = op == null ? new String[0] : op.split(":");
    if (p.length < 2) {
      return null;
    }
    String section = p[1];
    Integer i = p.length > 2 ? index(p[2]) : null;
    if ("options".equals(section)) {
      Integer o = p.length > 3 ? index(p[3]) : null;
      String base = "fields-" + i + "-options";
      return switch (p[0]) {
        case "up" -> o != null && o > 0 ? base + "-" + (o - 1) + "-up" : base + "-add";
        case "down" -> base + "-" + (o == null ? 0 : o + 1) + "-down";
        default -> base + "-add";
      };
    }
    return switch (p[0]) {
      case "up" -> i != null && i > 0 ? section + "-" + (i - 1) + "-up" : section + "-add";
      case "down" -> section + "-" + (i == null ? 0 : i + 1) + "-down";
      default -> section + "-add";
    };
  }

  private ItemEditor with(List<ConditionRow> c, List<BasisRow> b, List<StepRow> s,
      List<MaterialRow> m, List<FeeRow> f, List<FieldRow> fs) {
    return new ItemEditor(code, name, itemType, category, leadDepartment, coDepartments,
        licenceTitle, legalDays, promisedDays, maxExtensionDays, onlineDepth, visits, location,
        hours, complaintChannel, processKey, free, c, b, s, m, f, fs, licenceValidityKind,
        licenceValidityYears, licenceValidityUntil, payment);
  }

  private ItemEditor withFields(List<FieldRow> fs) {
    return with(conditions, legalBasis, procedure, materials, fees, fs);
  }

  private static <T> List<T> change(List<T> rows, String verb, Integer i, Supplier<T> fresh) {
    List<T> list = new ArrayList<>(rows);
    switch (verb) {
      case "add" -> list.add(fresh.get());
      case "remove" -> {
        if (i != null && i < list.size()) {
          list.remove((int) i);
        }
      }
      case "up" -> {
        if (i != null && i > 0 && i < list.size()) {
          list.add(i - 1, list.remove((int) i));
        }
      }
      case "down" -> {
        if (i != null && i + 1 < list.size()) {
          list.add(i + 1, list.remove((int) i));
        }
      }
      default -> {
      }
    }
    return list;
  }

  private static <T> List<T> replace(List<T> rows, int i, T row) {
    List<T> list = new ArrayList<>(rows);
    list.set(i, row);
    return list;
  }

  /** An id for a material typed without one: M and the first free number from its position. */
  private String freeMaterialId(int i) {
    Set<String> taken = new LinkedHashSet<>();
    materials.forEach(m -> taken.add(m.id() == null ? "" : m.id().strip()));
    int n = i + 1;
    while (taken.contains("M" + n)) {
      n++;
    }
    return "M" + n;
  }

  private String nextMaterialId() {
    Set<String> taken = new LinkedHashSet<>();
    materials.forEach(m -> taken.add(m.id() == null ? "" : m.id().strip()));
    int n = materials.size() + 1;
    while (taken.contains("M" + n)) {
      n++;
    }
    return "M" + n;
  }

  // ---- to the domain ----

  /**
   * The content as far as it can be read: a value that is not even a number where one is needed
   * is left out, and {@link #unreadable} names it. Rows left completely empty are not part of the
   * content; {@link #editorPath} maps the domain's field paths back to the rows on the page.
   *
   * @param attached the files already attached to the draft, by SHA-256
   */
  ItemContent content(Map<String, GuideFile> attached) {
    return content(attached, new ArrayList<>());
  }

  /** Every value that is not even a number where one is needed, by its row ({@code fees[1].amount}). */
  List<Violation> unreadable() {
    List<Violation> problems = new ArrayList<>();
    content(Map.of(), problems);
    return problems;
  }

  private ItemContent content(Map<String, GuideFile> attached, List<Violation> problems) {
    List<RequiredMaterial> required = new ArrayList<>();
    for (int i = 0; i < materials.size(); i++) {
      MaterialRow m = materials.get(i);
      if (m.blank()) {
        continue;
      }
      String at = "materials[" + i + "]";
      String id = blank(m.id()) ? freeMaterialId(i) : m.id().strip();
      required.add(new RequiredMaterial(id, strip(m.name()),
          Boolean.TRUE.equals(m.required()), Boolean.TRUE.equals(m.deferrable()),
          integer(m.originals(), at + ".originals", 0, problems),
          integer(m.copies(), at + ".copies", 0, problems), blankToNull(m.source()),
          blankToNull(m.note()), file(attached, m.blankForm()), file(attached, m.sample()),
          blankToNull(m.licenceItemCode())));
    }
    List<Fee> feeList = new ArrayList<>();
    for (int i = 0; i < fees.size(); i++) {
      FeeRow f = fees.get(i);
      if (!f.blank()) {
        feeList.add(new Fee(strip(f.name()), decimal(f.amount(), "fees[" + i + "].amount",
            problems), blankToNull(f.basis())));
      }
    }
    List<FormField> formFields = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldRow f = fields.get(i);
      if (f.blank()) {
        continue;
      }
      String at = "fields[" + i + "]";
      List<FieldOption> options = f.options().stream().filter(o -> !o.blank())
          .map(o -> new FieldOption(o.value().strip(), o.label().strip())).toList();
      formFields.add(new FormField(strip(f.key()), strip(f.label()), blankToNull(f.labelEn()),
          f.type(), Boolean.TRUE.equals(f.required()),
          integerOrNull(f.minLength(), at + ".minLength", problems),
          integerOrNull(f.maxLength(), at + ".maxLength", problems),
          decimal(f.min(), at + ".min", problems), decimal(f.max(), at + ".max", problems),
          blankToNull(f.pattern()), blankToNull(f.patternMessage()),
          options.isEmpty() && !f.isSelect() ? null : options,
          blank(f.showWhenField()) && blank(f.showWhenEquals()) ? null
              : new ShowWhen(blankToNull(f.showWhenField()), strip(f.showWhenEquals())),
          blankToNull(f.help())));
    }
    List<String> co = coDepartments == null ? List.of()
        : Arrays.stream(coDepartments.split("[,，\\s]+")).map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
    ServiceGuide guide = new ServiceGuide(
        kept(legalBasis, BasisRow::blank).stream()
            .map(b -> new LegalBasis(strip(b.law()), strip(b.article()), strip(b.text()))).toList(),
        kept(conditions, ConditionRow::blank).stream().map(c -> c.text().strip()).toList(),
        kept(procedure, StepRow::blank).stream()
            .map(s -> new ProcedureStep(strip(s.step()), blankToNull(s.description()))).toList(),
        required, feeList, Boolean.TRUE.equals(free), co, blankToNull(licenceTitle),
        visits == null ? 0 : visits, blankToNull(location), blankToNull(hours),
        blankToNull(complaintChannel), payment);
    return new ItemContent(name == null ? null : name.strip(), itemType, category,
        blankToNull(leadDepartment), legalDays == null ? 0 : legalDays,
        promisedDays == null ? 0 : promisedDays, maxExtensionDays,
        onlineDepth == null ? 0 : onlineDepth,
        blankToNull(processKey), guide, new FormDefinition(formFields), licenceValidity());
  }

  /**
   * Where on the page a problem belongs: the domain names rows of the saved content
   * ({@code materials[1].name}, {@code form.area}); empty rows were left out, so the index is
   * mapped back to the row as posted ({@code materials[2].name}). Form problems land on the row
   * of their field ({@code fields[3].options}, {@code fields[3].showWhenField}). A problem with no
   * row (a missing section) stays at its section ({@code materials}); main fields keep their name.
   */
  String editorPath(Violation v) {
    String field = v.field() == null ? "" : v.field();
    if (v.code().startsWith("EDITOR_")) {
      return field; // found by the editor itself, on the rows as posted
    }
    if (field.startsWith("form.")) {
      return formPath(field.substring("form.".length()), v);
    }
    int open = field.indexOf('[');
    int close = field.indexOf(']');
    if (open < 0 || close < open) {
      return field;
    }
    String section = field.substring(0, open);
    int index;
    try {
      index = Integer.parseInt(field.substring(open + 1, close));
    } catch (NumberFormatException e) {
      return section;
    }
    List<Integer> kept = switch (section) {
      case "legalBasis" -> keptIndexes(legalBasis, BasisRow::blank);
      case "conditions" -> keptIndexes(conditions, ConditionRow::blank);
      case "procedure" -> keptIndexes(procedure, StepRow::blank);
      case "materials" -> keptIndexes(materials, MaterialRow::blank);
      case "fees" -> keptIndexes(fees, FeeRow::blank);
      default -> null;
    };
    if (kept == null || index >= kept.size()) {
      return section;
    }
    String rest = field.substring(close + 1);
    return section + "[" + kept.get(index) + "]" + (section.equals("conditions") && rest.isEmpty()
        ? ".text" : rest);
  }

  private String formPath(String key, Violation v) {
    List<Integer> kept = keptIndexes(fields, FieldRow::blank);
    Integer row = null;
    for (int k : kept) {
      if (Objects.equals(strip(fields.get(k).key()), key)) {
        row = k;
        break;
      }
    }
    if (row == null && !v.args().isEmpty() && String.valueOf(v.args().get(0)).startsWith("#")) {
      Integer n = index(String.valueOf(v.args().get(0)).substring(1));
      row = n != null && n >= 1 && n <= kept.size() ? kept.get(n - 1) : null;
    }
    if (row == null) {
      return "fields";
    }
    String code = v.code();
    String part = code.startsWith("FORM_SHOW_WHEN") ? "showWhenField"
        : code.contains("OPTION") ? "options"
        : code.contains("KEY") ? "key"
        : code.contains("LABEL") ? "label"
        : code.contains("TYPE") ? "type"
        : code.contains("LENGTH") ? "maxLength"
        : code.contains("RANGE") ? "max"
        : code.contains("PATTERN") ? "pattern"
        : null;
    return "fields[" + row + "]" + (part == null ? "" : "." + part);
  }

  /** The keys of the form's fields as typed, for the show-when choices. */
  public List<String> fieldKeys() {
    return fields.stream().map(FieldRow::key).filter(k -> !blank(k)).map(String::strip)
        .distinct().toList();
  }

  /** Files attached to a draft, by SHA-256, so the rows can keep them. */
  static Map<String, GuideFile> files(ItemVersion v) {
    Map<String, GuideFile> byHash = new HashMap<>();
    if (v != null) {
      v.guide().files().forEach(f -> byHash.put(f.sha256(), f));
    }
    return byHash;
  }

  private static <T> List<T> kept(List<T> rows, Function<T, Boolean> blank) {
    return rows.stream().filter(r -> !blank.apply(r)).toList();
  }

  private static <T> List<Integer> keptIndexes(List<T> rows, Function<T, Boolean> blank) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!blank.apply(rows.get(i))) {
        kept.add(i);
      }
    }
    return kept;
  }

  /** Only the value the chosen kind takes is kept, so a leftover number beside LONG_TERM is no error. */
  private LicenceValidity licenceValidity() {
    if (licenceValidityKind == null) {
      return null;
    }
    return switch (licenceValidityKind) {
      case YEARS -> new LicenceValidity(licenceValidityKind, licenceValidityYears, null);
      case UNTIL -> new LicenceValidity(licenceValidityKind, null, licenceValidityUntil);
      case LONG_TERM -> LicenceValidity.longTerm();
    };
  }

  private static int integer(String text, String field, int empty, List<Violation> problems) {
    Integer n = integerOrNull(text, field, problems);
    return n == null ? empty : n;
  }

  private static Integer integerOrNull(String text, String field, List<Violation> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "EDITOR_NUMBER_INVALID", List.of(text.strip())));
      return null;
    }
  }

  private static BigDecimal decimal(String text, String field, List<Violation> problems) {
    if (blank(text)) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace('，', '.'));
    } catch (NumberFormatException e) {
      problems.add(new Violation(field, "EDITOR_NUMBER_INVALID", List.of(text.strip())));
      return null;
    }
  }

  private static Integer index(String text) {
    try {
      int i = Integer.parseInt(text);
      return i < 0 ? null : i;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Rows as posted: a gap in the numbering (a row removed by a script) leaves no hole. */
  private static <T> List<T> rows(List<T> rows) {
    return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
  }

  /** A kept download: one the draft already has (a posted hash of anything else is ignored). */
  private static GuideFile file(Map<String, GuideFile> attached, String sha256) {
    return blank(sha256) ? null : attached.get(sha256.strip());
  }

  private static String sha(GuideFile f) {
    return f == null ? null : f.sha256();
  }

  private static String text(Object o) {
    return o == null ? "" : o instanceof BigDecimal d ? d.toPlainString() : String.valueOf(o);
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s.strip();
  }
}
