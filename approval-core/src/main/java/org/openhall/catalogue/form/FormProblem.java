package org.openhall.catalogue.form;

import java.util.List;

/**
 * 表单定义问题 (form definition problem): an inconsistency that prevents publishing an item's form;
 * {@code args[0]} is the field key (or {@code #n}, the 1-based position, when the key is blank).
 */
public record FormProblem(String fieldKey, String code, List<String> args) {

    public static final String DUPLICATE_KEY = "FORM_DUPLICATE_KEY";
    public static final String KEY_BLANK = "FORM_KEY_BLANK";
    public static final String KEY_INVALID = "FORM_KEY_INVALID";
    public static final String LABEL_BLANK = "FORM_LABEL_BLANK";
    public static final String TYPE_MISSING = "FORM_TYPE_MISSING";
    public static final String SELECT_WITHOUT_OPTIONS = "FORM_SELECT_WITHOUT_OPTIONS";
    public static final String OPTION_BLANK = "FORM_OPTION_BLANK";
    public static final String OPTION_DUPLICATE_VALUE = "FORM_OPTION_DUPLICATE_VALUE";
    public static final String OPTIONS_NOT_ALLOWED = "FORM_OPTIONS_NOT_ALLOWED";
    public static final String LENGTH_NOT_ALLOWED = "FORM_LENGTH_NOT_ALLOWED";
    public static final String LENGTH_INVALID = "FORM_LENGTH_INVALID";
    public static final String LENGTH_RANGE_INVERTED = "FORM_LENGTH_RANGE_INVERTED";
    public static final String RANGE_NOT_ALLOWED = "FORM_RANGE_NOT_ALLOWED";
    public static final String RANGE_INVERTED = "FORM_RANGE_INVERTED";
    public static final String PATTERN_NOT_ALLOWED = "FORM_PATTERN_NOT_ALLOWED";
    public static final String PATTERN_INVALID = "FORM_PATTERN_INVALID";
    public static final String PATTERN_MESSAGE_WITHOUT_PATTERN = "FORM_PATTERN_MESSAGE_WITHOUT_PATTERN";
    public static final String SHOW_WHEN_INCOMPLETE = "FORM_SHOW_WHEN_INCOMPLETE";
    public static final String SHOW_WHEN_UNKNOWN_FIELD = "FORM_SHOW_WHEN_UNKNOWN_FIELD";
    public static final String SHOW_WHEN_SELF = "FORM_SHOW_WHEN_SELF";
    public static final String SHOW_WHEN_CYCLE = "FORM_SHOW_WHEN_CYCLE";
    public static final String SHOW_WHEN_NOT_AN_OPTION = "FORM_SHOW_WHEN_NOT_AN_OPTION";
    public static final String SHOW_WHEN_NOT_BOOLEAN = "FORM_SHOW_WHEN_NOT_BOOLEAN";

    public FormProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FormProblem of(String fieldKey, String code, String... args) {
        return new FormProblem(fieldKey, code, List.of(args));
    }
}
