package org.openhall.catalogue.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** 表单定义规则 (form definition rules): finds inconsistencies that must block publishing an item's form. */
public final class FormDefinitionRules {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");

    private FormDefinitionRules() {
    }

    /** All problems of the definition, field by field in definition order; empty when it is consistent. */
    public static List<FormProblem> check(FormDefinition definition) {
        List<FormProblem> problems = new ArrayList<>();
        List<FormField> fields = definition.fields();
        Map<String, FormField> byKey = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (field.key() != null && !field.key().isBlank()) {
                byKey.putIfAbsent(field.key(), field);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            String ref = reference(field, i);
            checkKeyAndLabel(field, ref, seen, problems);
            if (field.type() == null) {
                problems.add(FormProblem.of(field.key(), FormProblem.TYPE_MISSING, ref));
                continue;
            }
            checkOptions(field, ref, problems);
            checkLength(field, ref, problems);
            checkRange(field, ref, problems);
            checkPattern(field, ref, problems);
            checkShowWhen(field, ref, byKey, problems);
        }
        checkCycles(fields, byKey, problems);
        return List.copyOf(problems);
    }

    private static String reference(FormField field, int index) {
        return field.key() == null || field.key().isBlank() ? "#" + (index + 1) : field.key();
    }

    private static void checkKeyAndLabel(FormField field, String ref, Set<String> seen, List<FormProblem> problems) {
        String key = field.key();
        if (key == null || key.isBlank()) {
            problems.add(FormProblem.of(key, FormProblem.KEY_BLANK, ref));
        } else {
            if (!KEY.matcher(key).matches()) {
                problems.add(FormProblem.of(key, FormProblem.KEY_INVALID, ref));
            }
            if (!seen.add(key)) {
                problems.add(FormProblem.of(key, FormProblem.DUPLICATE_KEY, ref));
            }
        }
        if (field.label() == null || field.label().isBlank()) {
            problems.add(FormProblem.of(key, FormProblem.LABEL_BLANK, ref));
        }
    }

    private static void checkOptions(FormField field, String ref, List<FormProblem> problems) {
        List<FieldOption> options = field.options();
        if (field.type() != FieldType.SELECT) {
            if (options != null && !options.isEmpty()) {
                problems.add(FormProblem.of(field.key(), FormProblem.OPTIONS_NOT_ALLOWED, ref, field.type().name()));
            }
            return;
        }
        if (options == null || options.isEmpty()) {
            problems.add(FormProblem.of(field.key(), FormProblem.SELECT_WITHOUT_OPTIONS, ref));
            return;
        }
        Set<String> values = new HashSet<>();
        boolean blankReported = false;
        for (FieldOption option : options) {
            if (option == null || isBlank(option.value()) || isBlank(option.label())) {
                if (!blankReported) {
                    problems.add(FormProblem.of(field.key(), FormProblem.OPTION_BLANK, ref));
                    blankReported = true;
                }
                continue;
            }
            if (!values.add(option.value())) {
                problems.add(FormProblem.of(field.key(), FormProblem.OPTION_DUPLICATE_VALUE, ref, option.value()));
            }
        }
    }

    private static void checkLength(FormField field, String ref, List<FormProblem> problems) {
        Integer minLength = field.minLength();
        Integer maxLength = field.maxLength();
        if (minLength == null && maxLength == null) {
            return;
        }
        if (!field.type().textual()) {
            problems.add(FormProblem.of(field.key(), FormProblem.LENGTH_NOT_ALLOWED, ref, field.type().name()));
            return;
        }
        if ((minLength != null && minLength < 0) || (maxLength != null && maxLength < 1)) {
            problems.add(FormProblem.of(field.key(), FormProblem.LENGTH_INVALID, ref));
            return;
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            problems.add(FormProblem.of(field.key(), FormProblem.LENGTH_RANGE_INVERTED, ref,
                    minLength.toString(), maxLength.toString()));
        }
    }

    private static void checkRange(FormField field, String ref, List<FormProblem> problems) {
        if (field.min() == null && field.max() == null) {
            return;
        }
        if (field.type() != FieldType.NUMBER) {
            problems.add(FormProblem.of(field.key(), FormProblem.RANGE_NOT_ALLOWED, ref, field.type().name()));
            return;
        }
        if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
            problems.add(FormProblem.of(field.key(), FormProblem.RANGE_INVERTED, ref,
                    field.min().toPlainString(), field.max().toPlainString()));
        }
    }

    private static void checkPattern(FormField field, String ref, List<FormProblem> problems) {
        if (field.pattern() == null) {
            if (field.patternMessage() != null) {
                problems.add(FormProblem.of(field.key(), FormProblem.PATTERN_MESSAGE_WITHOUT_PATTERN, ref));
            }
            return;
        }
        if (!field.type().textual()) {
            problems.add(FormProblem.of(field.key(), FormProblem.PATTERN_NOT_ALLOWED, ref, field.type().name()));
            return;
        }
        try {
            Pattern.compile(field.pattern());
        } catch (PatternSyntaxException e) {
            problems.add(FormProblem.of(field.key(), FormProblem.PATTERN_INVALID, ref,
                    field.pattern(), e.getDescription()));
        }
    }

    private static void checkShowWhen(FormField field, String ref, Map<String, FormField> byKey,
                                      List<FormProblem> problems) {
        ShowWhen showWhen = field.showWhen();
        if (showWhen == null) {
            return;
        }
        if (isBlank(showWhen.field()) || showWhen.equals() == null) {
            problems.add(FormProblem.of(field.key(), FormProblem.SHOW_WHEN_INCOMPLETE, ref));
            return;
        }
        if (showWhen.field().equals(field.key())) {
            problems.add(FormProblem.of(field.key(), FormProblem.SHOW_WHEN_SELF, ref));
            return;
        }
        FormField target = byKey.get(showWhen.field());
        if (target == null) {
            problems.add(FormProblem.of(field.key(), FormProblem.SHOW_WHEN_UNKNOWN_FIELD, ref, showWhen.field()));
            return;
        }
        if (target.type() == FieldType.SELECT && target.options() != null && !target.options().isEmpty()
                && target.options().stream().noneMatch(o -> o != null && showWhen.equals().equals(o.value()))) {
            problems.add(FormProblem.of(field.key(), FormProblem.SHOW_WHEN_NOT_AN_OPTION, ref,
                    target.key(), showWhen.equals()));
        }
        if (target.type() == FieldType.CHECKBOX
                && !"true".equals(showWhen.equals()) && !"false".equals(showWhen.equals())) {
            problems.add(FormProblem.of(field.key(), FormProblem.SHOW_WHEN_NOT_BOOLEAN, ref,
                    target.key(), showWhen.equals()));
        }
    }

    /** Reports each field that lies on a cycle of display conditions (a → b → a); self-references are reported elsewhere. */
    private static void checkCycles(List<FormField> fields, Map<String, FormField> byKey, List<FormProblem> problems) {
        Map<String, String> next = new HashMap<>();
        for (FormField field : byKey.values()) {
            ShowWhen showWhen = field.showWhen();
            if (showWhen != null && showWhen.field() != null && !showWhen.field().equals(field.key())
                    && byKey.containsKey(showWhen.field())) {
                next.put(field.key(), showWhen.field());
            }
        }
        Set<String> reported = new HashSet<>();
        for (FormField field : fields) {
            String start = field.key();
            if (start == null || byKey.get(start) != field || reported.contains(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String current = start;
            while (current != null && onPath.add(current)) {
                path.add(current);
                current = next.get(current);
            }
            if (current != null && current.equals(start)) {
                path.add(start);
                problems.add(FormProblem.of(start, FormProblem.SHOW_WHEN_CYCLE, start, String.join(" → ", path)));
                reported.add(start);
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
