package org.openhall.catalogue.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 表单字段 (form field): one input of an application form, with its rules; absent rules are
 * {@code null} and left out of the stored JSON.
 *
 * @param key            stable identifier, {@code [a-zA-Z][a-zA-Z0-9_]*}, used as the HTML name and JSON key
 * @param label          Simplified Chinese label (the default)
 * @param labelEn        English label, optional
 * @param minLength      minimum length in code points (text types only)
 * @param maxLength      maximum length in code points (text types only; a type default applies when absent)
 * @param min            inclusive lower bound (NUMBER only)
 * @param max            inclusive upper bound (NUMBER only)
 * @param pattern        Java regular expression the whole value must match (text types only)
 * @param patternMessage human explanation appended to the pattern-mismatch message
 * @param options        choices (SELECT only)
 * @param showWhen       display condition; the field is hidden, unvalidated and not required otherwise
 * @param help           help text shown under the input
 * @param helpEn         English help text, optional
 * @param patternMessageEn English explanation of the pattern, optional
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"key", "label", "labelEn", "type", "required", "minLength", "maxLength", "min", "max",
        "pattern", "patternMessage", "patternMessageEn", "options", "showWhen", "help", "helpEn"})
public record FormField(
        String key,
        String label,
        String labelEn,
        FieldType type,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        String patternMessage,
        List<FieldOption> options,
        ShowWhen showWhen,
        String help,
        String helpEn,
        String patternMessageEn) {

    public FormField {
        options = options == null ? null : List.copyOf(options);
    }

    /** A field without English help and pattern message. */
    public FormField(String key, String label, String labelEn, FieldType type, boolean required,
            Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern,
            String patternMessage, List<FieldOption> options, ShowWhen showWhen, String help) {
        this(key, label, labelEn, type, required, minLength, maxLength, min, max, pattern,
                patternMessage, options, showWhen, help, null, null);
    }

    /** The help text for a locale. */
    public org.openhall.kernel.LocalizedText helpIn(Locale locale) {
        return org.openhall.kernel.LocalizedText.of(help, helpEn, locale);
    }

    /** The explanation of the pattern for a locale. */
    public org.openhall.kernel.LocalizedText patternMessageIn(Locale locale) {
        return org.openhall.kernel.LocalizedText.of(patternMessage, patternMessageEn, locale);
    }

    /** The label for a locale: the English one for English when present, the Chinese one otherwise. */
    public String labelFor(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && labelEn != null && !labelEn.isBlank()) {
            return labelEn;
        }
        return label;
    }

    /** The label for a locale, marked when an English reader gets the Chinese label. */
    public org.openhall.kernel.LocalizedText labelIn(Locale locale) {
        return org.openhall.kernel.LocalizedText.of(label, labelEn, locale);
    }

    /**
     * A submitted value as a reader of {@code locale} reads it: for English a SELECT value as its
     * option's English label (the Chinese one, marked, when it has none) and a CHECKBOX as Yes or
     * No; anything else as {@link #valueLabel(String)}. Documents keep calling that one (Chinese).
     */
    public org.openhall.kernel.LocalizedText valueLabelIn(String value, Locale locale) {
        if (!org.openhall.kernel.LocalizedText.isEnglish(locale)) {
            return new org.openhall.kernel.LocalizedText(valueLabel(value), false);
        }
        if (type == FieldType.CHECKBOX) {
            return new org.openhall.kernel.LocalizedText("true".equals(value) ? "Yes" : "No", false);
        }
        if (type == FieldType.SELECT && value != null && options != null) {
            return options.stream().filter(o -> o.value().equals(value)).findFirst()
                    .map(o -> o.labelIn(locale))
                    .orElse(new org.openhall.kernel.LocalizedText("", false));
        }
        if (type == FieldType.DATE) {
            return new org.openhall.kernel.LocalizedText(value == null ? "" : value, false);
        }
        return new org.openhall.kernel.LocalizedText(valueLabel(value), false);
    }

    /**
     * A submitted value as people read it, in Chinese: a SELECT value as its option's label, a
     * CHECKBOX as 是 or 否 (anything but "true", also no value, is 否), a DATE as 2026年1月5日; any
     * other value as it is. Never prints an option code, also for a value no option has (then empty).
     */
    public String valueLabel(String value) {
        if (type == FieldType.CHECKBOX) {
            return "true".equals(value) ? "是" : "否";
        }
        if (value == null) {
            return "";
        }
        if (type == FieldType.SELECT) {
            return options == null ? "" : options.stream()
                    .filter(o -> o.value().equals(value))
                    .map(FieldOption::label)
                    .findFirst()
                    .orElse("");
        }
        if (type == FieldType.DATE) {
            try {
                java.time.LocalDate date = java.time.LocalDate.parse(value);
                return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /** The maximum length in code points that applies, explicit or type default; {@code null} if none. */
    public Integer effectiveMaxLength() {
        if (maxLength != null) {
            return maxLength;
        }
        return type == null ? null : type.defaultMaxLength();
    }

    /** Starts a builder for a field; all rules are unset and the field is optional. */
    public static Builder builder(String key, String label, FieldType type) {
        return new Builder(key, label, type);
    }

    /** Fluent construction of a {@link FormField} (the record has many optional components). */
    public static final class Builder {
        private final String key;
        private final String label;
        private final FieldType type;
        private String labelEn;
        private boolean required;
        private Integer minLength;
        private Integer maxLength;
        private BigDecimal min;
        private BigDecimal max;
        private String pattern;
        private String patternMessage;
        private List<FieldOption> options;
        private ShowWhen showWhen;
        private String help;

        private Builder(String key, String label, FieldType type) {
            this.key = key;
            this.label = label;
            this.type = type;
        }

        public Builder labelEn(String value) {
            this.labelEn = value;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder required(boolean value) {
            this.required = value;
            return this;
        }

        public Builder minLength(Integer value) {
            this.minLength = value;
            return this;
        }

        public Builder maxLength(Integer value) {
            this.maxLength = value;
            return this;
        }

        public Builder min(String value) {
            this.min = value == null ? null : new BigDecimal(value);
            return this;
        }

        public Builder max(String value) {
            this.max = value == null ? null : new BigDecimal(value);
            return this;
        }

        public Builder pattern(String regex, String message) {
            this.pattern = regex;
            this.patternMessage = message;
            return this;
        }

        public Builder option(String value, String label) {
            if (options == null) {
                options = new ArrayList<>();
            }
            options.add(new FieldOption(value, label));
            return this;
        }

        public Builder options(List<FieldOption> value) {
            this.options = value == null ? null : new ArrayList<>(value);
            return this;
        }

        public Builder showWhen(String field, String equals) {
            this.showWhen = new ShowWhen(field, equals);
            return this;
        }

        public Builder help(String value) {
            this.help = value;
            return this;
        }

        public FormField build() {
            return new FormField(key, label, labelEn, type, required, minLength, maxLength, min, max,
                    pattern, patternMessage, options, showWhen, help);
        }
    }
}
