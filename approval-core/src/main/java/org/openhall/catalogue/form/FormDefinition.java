package org.openhall.catalogue.form;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** 申请表单定义 (application form definition): the ordered fields an applicant fills in for one approval item. */
public record FormDefinition(List<FormField> fields) {

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A definition with the given fields in order. */
    public static FormDefinition of(FormField... fields) {
        return new FormDefinition(List.of(fields));
    }

    /** The same form without its English labels (ADR 0025: translations never change a rule). */
    public FormDefinition withoutTranslations() {
        return new FormDefinition(fields.stream().map(f -> f == null ? null : new FormField(f.key(),
                f.label(), null, f.type(), f.required(), f.minLength(), f.maxLength(), f.min(), f.max(),
                f.pattern(), f.patternMessage(), f.options() == null ? null : f.options().stream()
                        .map(o -> o == null ? null : new FieldOption(o.value(), o.label())).toList(),
                f.showWhen(), f.help())).toList());
    }

    /** The first field with this key. */
    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key() != null && f.key().equals(key)).findFirst();
    }

    /** Consistency problems that must be fixed before the item can be published; empty when publishable. */
    public List<FormProblem> check() {
        return FormDefinitionRules.check(this);
    }

    /** A validator for submissions; the clock decides "today" for birth dates in identity numbers. */
    public FormValidator validator(Clock clock) {
        return new FormValidator(this, clock);
    }
}
