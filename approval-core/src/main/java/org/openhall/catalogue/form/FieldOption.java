package org.openhall.catalogue.form;

/** 选项 (option) of a SELECT field: the submitted {@code value} and the displayed {@code label}. */
public record FieldOption(String value, String label) {
}
