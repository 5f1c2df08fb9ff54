package org.openhall.catalogue.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 表单校验器 (form validator): checks submitted string values against a consistent {@link FormDefinition}
 * and reports every {@link FieldError} at once, in definition order, unknown keys last.
 *
 * <p>Values are stripped of surrounding whitespace (including the ideographic space U+3000) before
 * any rule; a blank value counts as missing. Fields whose {@link ShowWhen} is not met are neither
 * validated nor required, and values submitted for them are ignored.
 */
public final class FormValidator {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final FormDefinition definition;
    private final Clock clock;
    private final Map<String, FormField> byKey = new HashMap<>();
    private final Map<String, Pattern> patterns = new HashMap<>();

    /**
     * A validator for a definition; refuses one whose {@link FormDefinition#check()} finds problems,
     * since unpublishable definitions have no well-defined validation.
     *
     * @param clock source of "today" (use the Asia/Shanghai zone) for birth dates in identity numbers
     */
    public FormValidator(FormDefinition definition, Clock clock) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.clock = Objects.requireNonNull(clock, "clock");
        List<FormProblem> problems = definition.check();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("form definition has problems: " + problems);
        }
        for (FormField field : definition.fields()) {
            byKey.put(field.key(), field);
            if (field.pattern() != null) {
                patterns.put(field.key(), Pattern.compile(field.pattern()));
            }
        }
    }

    /** The definition this validator checks against. */
    public FormDefinition definition() {
        return definition;
    }

    /** All errors of a submission; empty when it can be accepted. {@code null} values count as missing. */
    public List<FieldError> validate(Map<String, String> values) {
        Map<String, String> submitted = values == null ? Map.of() : values;
        List<FieldError> errors = new ArrayList<>();
        Map<String, Boolean> visibility = new HashMap<>();
        for (FormField field : definition.fields()) {
            if (visible(field, submitted, visibility)) {
                validateField(field, normalizedValue(field, submitted.get(field.key())), errors);
            }
        }
        for (String key : new TreeSet<>(submitted.keySet())) {
            if (!byKey.containsKey(key)) {
                errors.add(FieldError.of(key, FieldError.UNKNOWN, key));
            }
        }
        return List.copyOf(errors);
    }

    /**
     * The submission as it should be stored: visible fields only, in definition order, values
     * normalized (stripped; CRLF and CR → LF in long text; identity numbers and credit codes upper-cased;
     * an unsubmitted visible checkbox is "false"); blank values, hidden fields and unknown keys dropped.
     * Call it after {@link #validate} found no errors.
     */
    public Map<String, String> normalized(Map<String, String> values) {
        Map<String, String> submitted = values == null ? Map.of() : values;
        Map<String, String> result = new LinkedHashMap<>();
        Map<String, Boolean> visibility = new HashMap<>();
        for (FormField field : definition.fields()) {
            if (!visible(field, submitted, visibility)) {
                continue;
            }
            String value = normalizedValue(field, submitted.get(field.key()));
            if (field.type() == FieldType.CHECKBOX && value == null) {
                value = "false";
            }
            if (value != null) {
                result.put(field.key(), value);
            }
        }
        return result;
    }

    /** Whether the field is shown for this submission: no condition, or a shown target with the expected value. */
    public boolean visible(FormField field, Map<String, String> values) {
        return visible(field, values == null ? Map.of() : values, new HashMap<>());
    }

    private boolean visible(FormField field, Map<String, String> values, Map<String, Boolean> memo) {
        ShowWhen showWhen = field.showWhen();
        if (showWhen == null) {
            return true;
        }
        Boolean known = memo.get(field.key());
        if (known != null) {
            return known;
        }
        FormField target = byKey.get(showWhen.field());
        String targetValue = normalizedValue(target, values.get(target.key()));
        if (target.type() == FieldType.CHECKBOX && targetValue == null) {
            targetValue = "false";
        }
        boolean shown = visible(target, values, memo) && showWhen.equals().equals(targetValue);
        memo.put(field.key(), shown);
        return shown;
    }

    /** The stripped, type-normalized value, or {@code null} when missing or blank. */
    private static String normalizedValue(FormField field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        return switch (field.type()) {
            case LONG_TEXT -> value.replace("\r\n", "\n").replace('\r', '\n');
            case PERSON_ID -> ResidentIdNumber.normalize(value);
            case CREDIT_CODE -> CreditCode.normalize(value);
            default -> value;
        };
    }

    private void validateField(FormField field, String value, List<FieldError> errors) {
        String key = field.key();
        String label = field.label();
        if (field.type() == FieldType.CHECKBOX) {
            validateCheckbox(field, value, errors);
            return;
        }
        if (value == null) {
            if (field.required()) {
                errors.add(FieldError.of(key, FieldError.REQUIRED, label));
            }
            return;
        }
        switch (field.type()) {
            case TEXT, ADDRESS -> validateText(field, value, false, errors);
            case LONG_TEXT -> validateText(field, value, true, errors);
            case NUMBER -> validateNumber(field, value, errors);
            case DATE -> {
                if (!isIsoDate(value)) {
                    errors.add(FieldError.of(key, FieldError.NOT_A_DATE, label));
                }
            }
            case SELECT -> {
                if (field.options().stream().noneMatch(o -> value.equals(o.value()))) {
                    errors.add(FieldError.of(key, FieldError.NOT_AN_OPTION, label));
                }
            }
            case PERSON_ID -> ResidentIdNumber.defect(value, LocalDate.now(clock)).ifPresent(defect ->
                    errors.add(FieldError.of(key, FieldError.PERSON_ID_INVALID, label, defect.name())));
            case CREDIT_CODE -> CreditCode.defect(value).ifPresent(defect ->
                    errors.add(FieldError.of(key, FieldError.CREDIT_CODE_INVALID, label, defect.name())));
            case PHONE -> {
                if (!PhoneNumber.isValid(value)) {
                    errors.add(FieldError.of(key, FieldError.PHONE_INVALID, label));
                }
            }
            default -> throw new IllegalStateException("unhandled type " + field.type());
        }
    }

    private static void validateCheckbox(FormField field, String value, List<FieldError> errors) {
        if (value != null && !"true".equals(value) && !"false".equals(value)) {
            errors.add(FieldError.of(field.key(), FieldError.NOT_A_BOOLEAN, field.label()));
        } else if (field.required() && !"true".equals(value)) {
            errors.add(FieldError.of(field.key(), FieldError.MUST_BE_CHECKED, field.label()));
        }
    }

    private void validateText(FormField field, String value, boolean multiLine, List<FieldError> errors) {
        String key = field.key();
        String label = field.label();
        if (hasControlCharacters(value, multiLine)) {
            errors.add(FieldError.of(key, FieldError.CONTROL_CHARACTERS, label));
        }
        int length = value.codePointCount(0, value.length());
        Integer maxLength = field.effectiveMaxLength();
        if (field.minLength() != null && length < field.minLength()) {
            errors.add(FieldError.of(key, FieldError.TOO_SHORT, label,
                    field.minLength().toString(), Integer.toString(length)));
        } else if (maxLength != null && length > maxLength) {
            errors.add(FieldError.of(key, FieldError.TOO_LONG, label,
                    maxLength.toString(), Integer.toString(length)));
        }
        Pattern pattern = patterns.get(key);
        if (pattern != null && !pattern.matcher(value).matches()) {
            errors.add(FieldError.of(key, FieldError.PATTERN_MISMATCH, label,
                    field.patternMessage() == null ? "" : field.patternMessage()));
        }
    }

    private static boolean hasControlCharacters(String value, boolean multiLine) {
        return value.codePoints().anyMatch(cp -> {
            if (multiLine && (cp == '\n' || cp == '\t')) {
                return false;
            }
            return Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029;
        });
    }

    private static void validateNumber(FormField field, String value, List<FieldError> errors) {
        if (!PLAIN_DECIMAL.matcher(value).matches()) {
            errors.add(FieldError.of(field.key(), FieldError.NOT_A_NUMBER, field.label()));
            return;
        }
        BigDecimal number = new BigDecimal(value);
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            errors.add(FieldError.of(field.key(), FieldError.BELOW_MIN, field.label(), field.min().toPlainString()));
        } else if (field.max() != null && number.compareTo(field.max()) > 0) {
            errors.add(FieldError.of(field.key(), FieldError.ABOVE_MAX, field.label(), field.max().toPlainString()));
        }
    }

    private static boolean isIsoDate(String value) {
        if (!ISO_DATE_SHAPE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
