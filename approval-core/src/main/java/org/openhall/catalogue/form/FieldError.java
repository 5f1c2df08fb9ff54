package org.openhall.catalogue.form;

import java.util.List;

/**
 * 字段错误 (field error): one localized-message-ready problem with a submitted value; {@code args[0]}
 * is the field label (the key for {@link #UNKNOWN}), so messages read naturally, e.g. 请填写“姓名”.
 * When a message {@code CODE.args[1]} exists it is the more specific one (see {@link FormMessages}).
 */
public record FieldError(String field, String code, List<String> args) {

    public static final String REQUIRED = "FIELD_REQUIRED";
    public static final String UNKNOWN = "FIELD_UNKNOWN";
    public static final String TOO_SHORT = "FIELD_TOO_SHORT";
    public static final String TOO_LONG = "FIELD_TOO_LONG";
    public static final String PATTERN_MISMATCH = "FIELD_PATTERN_MISMATCH";
    public static final String CONTROL_CHARACTERS = "FIELD_CONTROL_CHARACTERS";
    public static final String NOT_A_NUMBER = "FIELD_NOT_A_NUMBER";
    public static final String BELOW_MIN = "FIELD_BELOW_MIN";
    public static final String ABOVE_MAX = "FIELD_ABOVE_MAX";
    public static final String NOT_A_DATE = "FIELD_NOT_A_DATE";
    public static final String NOT_AN_OPTION = "FIELD_NOT_AN_OPTION";
    public static final String NOT_A_BOOLEAN = "FIELD_NOT_A_BOOLEAN";
    public static final String MUST_BE_CHECKED = "FIELD_MUST_BE_CHECKED";
    public static final String PERSON_ID_INVALID = "FIELD_PERSON_ID_INVALID";
    public static final String CREDIT_CODE_INVALID = "FIELD_CREDIT_CODE_INVALID";
    public static final String PHONE_INVALID = "FIELD_PHONE_INVALID";

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static FieldError of(String field, String code, String... args) {
        return new FieldError(field, code, List.of(args));
    }
}
