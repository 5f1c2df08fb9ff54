package org.openhall.catalogue.form;

/**
 * 显示条件 (display condition): the owning field is shown, validated and required only when the
 * submitted value of {@code field} equals {@code equals}; for a CHECKBOX target use "true" or "false"
 * (an unchecked checkbox that is not submitted at all counts as "false").
 */
public record ShowWhen(String field, String equals) {
}
