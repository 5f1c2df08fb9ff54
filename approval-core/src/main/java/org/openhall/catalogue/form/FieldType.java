package org.openhall.catalogue.form;

/** 字段类型 (field type): how a form field is rendered and which built-in rules validate its value. */
public enum FieldType {
    /** Single-line free text; no line breaks or control characters; default maximum 200 code points. */
    TEXT(200),
    /** Multi-line free text; line breaks allowed; default maximum 4000 code points. */
    LONG_TEXT(4000),
    /** Decimal number, optionally bounded by {@code min}/{@code max}. */
    NUMBER(null),
    /** Calendar date in strict ISO {@code yyyy-MM-dd}. */
    DATE(null),
    /** One value among the field's options. */
    SELECT(null),
    /** {@code "true"} or {@code "false"}; a required checkbox must be checked. */
    CHECKBOX(null),
    /** Chinese resident identity number (居民身份证号码, GB 11643-1999). */
    PERSON_ID(null),
    /** Unified social credit code (统一社会信用代码, GB 32100-2015). */
    CREDIT_CODE(null),
    /** Mainland mobile or landline telephone number. */
    PHONE(null),
    /** Single-line postal address; default maximum 300 code points. */
    ADDRESS(300);

    private final Integer defaultMaxLength;

    FieldType(Integer defaultMaxLength) {
        this.defaultMaxLength = defaultMaxLength;
    }

    /** Whether length limits and patterns apply to this type (TEXT, LONG_TEXT, ADDRESS). */
    public boolean textual() {
        return defaultMaxLength != null;
    }

    /** Maximum length in code points used when the field sets none; {@code null} for non-text types. */
    public Integer defaultMaxLength() {
        return defaultMaxLength;
    }
}
