package org.openhall.catalogue.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openhall.catalogue.form.FieldType.CHECKBOX;
import static org.openhall.catalogue.form.FieldType.NUMBER;
import static org.openhall.catalogue.form.FieldType.SELECT;
import static org.openhall.catalogue.form.FieldType.TEXT;

class FormDefinitionRulesTest {

    private static FormField.Builder field(String key, FieldType type) {
        return FormField.builder(key, "标签" + key, type);
    }

    private static List<FormProblem> check(FormField... fields) {
        return FormDefinition.of(fields).check();
    }

    private static List<String> codes(FormField... fields) {
        return check(fields).stream().map(FormProblem::code).toList();
    }

    @Test
    void acceptsConsistentDefinitionUsingEveryFeature() {
        assertThat(FormSamples.business().check()).isEmpty();
        assertThat(FormDefinition.of().check()).isEmpty();
    }

    @Test
    void reportsDuplicateKeyOnSecondOccurrence() {
        List<FormProblem> problems = check(field("name", TEXT).build(), field("name", NUMBER).build());
        assertThat(problems).extracting(FormProblem::fieldKey, FormProblem::code, FormProblem::args)
                .containsExactly(tuple("name", FormProblem.DUPLICATE_KEY, List.of("name")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void reportsBlankKeyByPosition(String key) {
        List<FormProblem> problems = check(field("a", TEXT).build(), field(key, TEXT).build());
        assertThat(problems).extracting(FormProblem::code, FormProblem::args)
                .containsExactly(tuple(FormProblem.KEY_BLANK, List.of("#2")));
    }

    @Test
    void reportsNullKey() {
        assertThat(codes(field(null, TEXT).build())).containsExactly(FormProblem.KEY_BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1name", "_name", "na-me", "na me", "姓名", "name!"})
    void reportsKeyNotMatchingIdentifierSyntax(String key) {
        assertThat(codes(field(key, TEXT).build())).containsExactly(FormProblem.KEY_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "applicantName", "field_2", "X9_"})
    void acceptsIdentifierKeys(String key) {
        assertThat(codes(field(key, TEXT).build())).isEmpty();
    }

    @Test
    void reportsBlankLabel() {
        assertThat(codes(FormField.builder("name", " ", TEXT).build())).containsExactly(FormProblem.LABEL_BLANK);
        assertThat(codes(FormField.builder("name", null, TEXT).build())).containsExactly(FormProblem.LABEL_BLANK);
    }

    @Test
    void reportsMissingType() {
        assertThat(codes(field("name", null).build())).containsExactly(FormProblem.TYPE_MISSING);
    }

    @Test
    void reportsSelectWithoutOptions() {
        assertThat(codes(field("kind", SELECT).build())).containsExactly(FormProblem.SELECT_WITHOUT_OPTIONS);
        assertThat(codes(field("kind", SELECT).options(List.of()).build()))
                .containsExactly(FormProblem.SELECT_WITHOUT_OPTIONS);
    }

    @Test
    void reportsDuplicateOptionValues() {
        List<FormProblem> problems = check(field("kind", SELECT).option("a", "甲").option("b", "乙").option("a", "丙").build());
        assertThat(problems).extracting(FormProblem::code, FormProblem::args)
                .containsExactly(tuple(FormProblem.OPTION_DUPLICATE_VALUE, List.of("kind", "a")));
    }

    @Test
    void reportsBlankOptionValueOrLabel() {
        assertThat(codes(field("kind", SELECT).option("", "甲").build())).containsExactly(FormProblem.OPTION_BLANK);
        assertThat(codes(field("kind", SELECT).option("a", " ").build())).containsExactly(FormProblem.OPTION_BLANK);
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, mode = EnumSource.Mode.EXCLUDE, names = "SELECT")
    void reportsOptionsOnNonSelectField(FieldType type) {
        assertThat(codes(field("f", type).option("a", "甲").build())).containsExactly(FormProblem.OPTIONS_NOT_ALLOWED);
    }

    @Test
    void reportsMinLengthGreaterThanMaxLength() {
        List<FormProblem> problems = check(field("name", TEXT).minLength(10).maxLength(5).build());
        assertThat(problems).extracting(FormProblem::code, FormProblem::args)
                .containsExactly(tuple(FormProblem.LENGTH_RANGE_INVERTED, List.of("name", "10", "5")));
    }

    @Test
    void acceptsEqualMinAndMaxLength() {
        assertThat(codes(field("code", TEXT).minLength(6).maxLength(6).build())).isEmpty();
    }

    @Test
    void reportsNegativeMinLengthOrZeroMaxLength() {
        assertThat(codes(field("a", TEXT).minLength(-1).build())).containsExactly(FormProblem.LENGTH_INVALID);
        assertThat(codes(field("a", TEXT).maxLength(0).build())).containsExactly(FormProblem.LENGTH_INVALID);
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"NUMBER", "DATE", "SELECT", "CHECKBOX", "PERSON_ID", "CREDIT_CODE", "PHONE"})
    void reportsLengthRulesOnNonTextField(FieldType type) {
        FormField.Builder builder = field("f", type).maxLength(10);
        if (type == SELECT) {
            builder.option("a", "甲");
        }
        assertThat(codes(builder.build())).containsExactly(FormProblem.LENGTH_NOT_ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"TEXT", "LONG_TEXT", "ADDRESS"})
    void acceptsLengthRulesAndPatternOnTextFields(FieldType type) {
        assertThat(codes(field("f", type).minLength(1).maxLength(10).pattern("\\d+", "数字").build())).isEmpty();
    }

    @Test
    void reportsMinGreaterThanMax() {
        List<FormProblem> problems = check(field("amount", NUMBER).min("100.5").max("10").build());
        assertThat(problems).extracting(FormProblem::code, FormProblem::args)
                .containsExactly(tuple(FormProblem.RANGE_INVERTED, List.of("amount", "100.5", "10")));
    }

    @Test
    void comparesRangeNumericallyNotByScale() {
        assertThat(codes(field("amount", NUMBER).min("10.0").max("10").build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = FieldType.class, names = {"TEXT", "DATE", "PERSON_ID", "PHONE"})
    void reportsRangeOnNonNumberField(FieldType type) {
        assertThat(codes(field("f", type).min("1").build())).containsExactly(FormProblem.RANGE_NOT_ALLOWED);
    }

    @Test
    void reportsPatternThatDoesNotCompile() {
        List<FormProblem> problems = check(field("code", TEXT).pattern("[0-9", "数字").build());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(FormProblem.PATTERN_INVALID);
            assertThat(p.args()).startsWith("code", "[0-9").hasSize(3);
        });
    }

    @Test
    void reportsPatternOnNonTextField() {
        assertThat(codes(field("n", NUMBER).pattern("\\d+", null).build())).containsExactly(FormProblem.PATTERN_NOT_ALLOWED);
    }

    @Test
    void reportsPatternMessageWithoutPattern() {
        assertThat(codes(field("t", TEXT).pattern(null, "说明").build()))
                .containsExactly(FormProblem.PATTERN_MESSAGE_WITHOUT_PATTERN);
    }

    @Test
    void reportsShowWhenUnknownField() {
        List<FormProblem> problems = check(field("a", TEXT).showWhen("nope", "x").build());
        assertThat(problems).extracting(FormProblem::code, FormProblem::args)
                .containsExactly(tuple(FormProblem.SHOW_WHEN_UNKNOWN_FIELD, List.of("a", "nope")));
    }

    @Test
    void reportsShowWhenReferringToItself() {
        assertThat(codes(field("a", CHECKBOX).showWhen("a", "true").build())).containsExactly(FormProblem.SHOW_WHEN_SELF);
    }

    @Test
    void reportsShowWhenIncomplete() {
        assertThat(codes(field("a", TEXT).build(), field("b", TEXT).showWhen(null, "x").build()))
                .containsExactly(FormProblem.SHOW_WHEN_INCOMPLETE);
        assertThat(codes(field("a", TEXT).build(), field("b", TEXT).showWhen("a", null).build()))
                .containsExactly(FormProblem.SHOW_WHEN_INCOMPLETE);
    }

    @Test
    void reportsShowWhenCycleThroughLaterDefinedField() {
        List<FormProblem> problems = check(
                field("a", TEXT).showWhen("c", "x").build(),
                field("b", TEXT).showWhen("a", "x").build(),
                field("c", TEXT).showWhen("b", "x").build(),
                field("d", TEXT).showWhen("c", "x").build());
        assertThat(problems).extracting(FormProblem::fieldKey, FormProblem::code)
                .containsExactly(tuple("a", FormProblem.SHOW_WHEN_CYCLE), tuple("b", FormProblem.SHOW_WHEN_CYCLE),
                        tuple("c", FormProblem.SHOW_WHEN_CYCLE));
        assertThat(problems.get(0).args()).containsExactly("a", "a → c → b → a");
    }

    @Test
    void acceptsForwardReferenceWithoutCycle() {
        assertThat(codes(field("detail", TEXT).showWhen("other", "true").build(), field("other", CHECKBOX).build())).isEmpty();
    }

    @Test
    void reportsShowWhenValueNotAmongSelectOptions() {
        List<FormProblem> problems = check(
                field("kind", SELECT).option("person", "个人").option("company", "企业").build(),
                field("creditCode", FieldType.CREDIT_CODE).showWhen("kind", "firm").build());
        assertThat(problems).extracting(FormProblem::code, FormProblem::args)
                .containsExactly(tuple(FormProblem.SHOW_WHEN_NOT_AN_OPTION, List.of("creditCode", "kind", "firm")));
    }

    @Test
    void reportsShowWhenCheckboxValueOtherThanTrueOrFalse() {
        assertThat(codes(field("agent", CHECKBOX).build(), field("agentName", TEXT).showWhen("agent", "yes").build()))
                .containsExactly(FormProblem.SHOW_WHEN_NOT_BOOLEAN);
    }

    @Test
    void reportsSeveralProblemsTogetherInFieldOrder() {
        assertThat(codes(
                field("1a", TEXT).minLength(3).maxLength(2).build(),
                field("kind", SELECT).build(),
                field("n", NUMBER).min("5").max("1").maxLength(3).build(),
                field("x", TEXT).showWhen("ghost", "1").build()))
                .containsExactly(FormProblem.KEY_INVALID, FormProblem.LENGTH_RANGE_INVERTED,
                        FormProblem.SELECT_WITHOUT_OPTIONS, FormProblem.LENGTH_NOT_ALLOWED, FormProblem.RANGE_INVERTED,
                        FormProblem.SHOW_WHEN_UNKNOWN_FIELD);
    }
}
