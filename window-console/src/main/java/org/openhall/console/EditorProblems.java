package org.openhall.console;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.springframework.context.MessageSource;

/**
 * A refused save as the editor shows it: each reason next to the row and field it is about
 * ("材料 3：名称必填" / "Material 3: name is required") and all of them in a summary at the top,
 * each linked to its field. The rules and their codes are the domain's; this only places and
 * words them.
 */
final class EditorProblems {

  private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?.*");

  /** One line of the summary and the id of the input it is about. */
  record Line(String text, String anchor) {
  }

  private final Map<String, List<String>> byPath = new LinkedHashMap<>();
  private final List<Line> summary = new ArrayList<>();

  private final boolean refused;

  private EditorProblems(boolean refused) {
    this.refused = refused;
  }

  static EditorProblems none() {
    return new EditorProblems(true);
  }

  /** A general line with no place on the form (the refusal's headline, a binding error). */
  EditorProblems general(String text) {
    summary.add(new Line(text, null));
    return this;
  }

  /** The reasons of a refusal, placed on the form as posted. */
  static EditorProblems of(DomainException e, ItemEditor form, MessageSource messages,
      Locale locale) {
    EditorProblems p = new EditorProblems(true);
    p.general(messages.getMessage(e.code(), e.args(), e.code(), locale));
    return p.place(e.violations(), form, messages, locale);
  }

  /**
   * What publication would still refuse, shown on a saved draft's rows while it is edited: the
   * draft may be saved as it is, so this is a status, not an alert.
   */
  static EditorProblems pending(List<Violation> problems, ItemEditor form, MessageSource messages,
      Locale locale) {
    EditorProblems p = new EditorProblems(false);
    if (problems.isEmpty()) {
      return p;
    }
    p.general(messages.getMessage("editor.pending", new Object[] {problems.size()}, locale));
    return p.place(problems, form, messages, locale);
  }

  private EditorProblems place(List<Violation> violations, ItemEditor form,
      MessageSource messages, Locale locale) {
    EditorProblems p = this;
    Set<String> unreadable = new HashSet<>();
    for (Violation v : violations) {
      String path = form == null ? v.field() : form.editorPath(v);
      if (v.code().startsWith("EDITOR_")) {
        unreadable.add(path);
      } else if (unreadable.contains(path)) {
        continue; // "not a number" already says it; the rule about the missing value adds nothing
      }
      String text = text(v, path, messages, locale);
      p.byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(text);
      p.summary.add(new Line(text, anchor(path)));
    }
    return p;
  }

  /** Whether the save was refused (an alert) rather than publication still pending (a status). */
  public boolean refused() {
    return refused;
  }

  private static String text(Violation v, String path, MessageSource messages, Locale locale) {
    Object[] args = v.args().toArray();
    Matcher row = ROW.matcher(path == null ? "" : path);
    if (!row.matches()) {
      return CataloguePages.message(messages, v.code(), args, locale);
    }
    String part = row.group(3);
    String reason = part == null ? null
        : messages.getMessage("editor.reason." + v.code() + "." + part, args, null, locale);
    if (reason == null) {
      reason = messages.getMessage("editor.reason." + v.code(), args, null, locale);
    }
    if (reason == null) {
      reason = CataloguePages.message(messages, v.code(), args, locale);
    }
    String where = messages.getMessage("editor.row." + row.group(1),
        new Object[] {Integer.parseInt(row.group(2)) + 1}, row.group(1), locale);
    return messages.getMessage("editor.problemAt", new Object[] {where, reason}, locale);
  }

  /** The id of the input a path names: {@code materials[2].name} is {@code materials-2-name}. */
  static String anchor(String path) {
    return path == null || path.isBlank() ? null
        : path.replace("[", "-").replace("]", "").replace('.', '-');
  }

  /** The reasons about one path ({@code materials[2].name}, {@code fields[1]}, {@code fees}). */
  public List<String> at(String path) {
    return byPath.getOrDefault(path, List.of());
  }

  /** Whether anything is said about a path (for aria-invalid). */
  public boolean has(String path) {
    return byPath.containsKey(path);
  }

  public List<Line> summary() {
    return summary;
  }

  public boolean isEmpty() {
    return summary.isEmpty();
  }
}
