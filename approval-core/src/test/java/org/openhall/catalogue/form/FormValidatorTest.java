package org.openhall.catalogue.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FormValidatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String VALID_ID = Checksums.personId("350102", "19880808", "123");
    private static final String VALID_CREDIT_CODE = "91350100M000100Y43";

    private static List<FieldError> validate(FormField field, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(field.key(), value);
        return new FormValidator(FormDefinition.of(field), CLOCK).validate(values);
    }

    private static List<String> codes(FormField field, String value) {
        return validate(field, value).stream().map(FieldError::code).toList();
    }

    private static FormField.Builder field(FieldType type) {
        return FormField.builder("f", "字段", type);
    }

    /** A complete valid submission for {@link FormSamples#business()} as a person. */
    private static Map<String, String> validPerson() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicantType", "person");
        values.put("name", "王小明");
        values.put("idNumber", VALID_ID);
        values.put("phone", "13812345678");
        values.put("confirm", "true");
        return values;
    }

    private static FormValidator business() {
        return new FormValidator(FormSamples.business(), CLOCK);
    }

    // --- required, unknown, blank ---

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000", "\t"})
    void treatsBlankValueAsMissingForRequiredField(String blank) {
        assertThat(validate(field(FieldType.TEXT).required().build(), blank))
                .extracting(FieldError::field, FieldError::code, FieldError::args)
                .containsExactly(tuple("f", FieldError.REQUIRED, List.of("字段")));
    }

    @Test
    void reportsRequiredWhenValueIsNullOrAbsent() {
        assertThat(codes(field(FieldType.NUMBER).required().build(), null)).containsExactly(FieldError.REQUIRED);
        assertThat(new FormValidator(FormDefinition.of(field(FieldType.DATE).required().build()), CLOCK).validate(Map.of()))
                .extracting(FieldError::code).containsExactly(FieldError.REQUIRED);
    }

    @Test
    void acceptsMissingOptionalFieldOfEveryType() {
        for (FieldType type : FieldType.values()) {
            FormField.Builder builder = field(type);
            if (type == FieldType.SELECT) {
                builder.option("a", "甲");
            }
            assertThat(codes(builder.build(), " ")).as(type.name()).isEmpty();
        }
    }

    @Test
    void reportsUnknownKeysWithTheKeyAsArgument() {
        Map<String, String> values = validPerson();
        values.put("zzz", "1");
        values.put("hacker", "x");
        assertThat(business().validate(values)).extracting(FieldError::field, FieldError::code, FieldError::args)
                .containsExactly(tuple("hacker", FieldError.UNKNOWN, List.of("hacker")),
                        tuple("zzz", FieldError.UNKNOWN, List.of("zzz")));
    }

    @Test
    void acceptsCompleteValidSubmission() {
        assertThat(business().validate(validPerson())).isEmpty();
    }

    @Test
    void reportsEveryErrorOfASubmissionTogetherInFieldOrder() {
        Map<String, String> values = new HashMap<>();
        values.put("applicantType", "person");
        values.put("idNumber", Checksums.withWrongLast(VALID_ID, "0123456789X"));
        values.put("phone", "12345");
        values.put("postcode", "35000");
        values.put("capital", "abc");
        values.put("startDate", "2025-02-30");
        values.put("extra", "1");
        assertThat(business().validate(values)).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("name", FieldError.REQUIRED),
                tuple("idNumber", FieldError.PERSON_ID_INVALID),
                tuple("phone", FieldError.PHONE_INVALID),
                tuple("postcode", FieldError.PATTERN_MISMATCH),
                tuple("capital", FieldError.NOT_A_NUMBER),
                tuple("startDate", FieldError.NOT_A_DATE),
                tuple("confirm", FieldError.MUST_BE_CHECKED),
                tuple("extra", FieldError.UNKNOWN));
    }

    @Test
    void refusesDefinitionWithProblems() {
        FormDefinition broken = FormDefinition.of(field(FieldType.TEXT).pattern("(", null).build());
        assertThatThrownBy(() -> new FormValidator(broken, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(FormProblem.PATTERN_INVALID);
    }

    // --- text types ---

    @Test
    void countsLengthInCodePoints() {
        FormField name = field(FieldType.TEXT).maxLength(3).build();
        assertThat(codes(name, "𠀀𠀁𠀂")).isEmpty();
        assertThat("𠀀𠀁𠀂").hasSize(6);
        assertThat(validate(name, "𠀀𠀁𠀂𠀃")).extracting(FieldError::code, FieldError::args)
                .containsExactly(tuple(FieldError.TOO_LONG, List.of("字段", "3", "4")));
    }

    @Test
    void rejectsTooShortText() {
        assertThat(validate(field(FieldType.TEXT).minLength(2).build(), "王")).extracting(FieldError::code, FieldError::args)
                .containsExactly(tuple(FieldError.TOO_SHORT, List.of("字段", "2", "1")));
        assertThat(codes(field(FieldType.TEXT).minLength(2).build(), "王明")).isEmpty();
    }

    @Test
    void appliesDefaultMaximumLengthPerTextType() {
        assertThat(codes(field(FieldType.TEXT).build(), "字".repeat(200))).isEmpty();
        assertThat(codes(field(FieldType.TEXT).build(), "字".repeat(201))).containsExactly(FieldError.TOO_LONG);
        assertThat(codes(field(FieldType.ADDRESS).build(), "字".repeat(300))).isEmpty();
        assertThat(codes(field(FieldType.ADDRESS).build(), "字".repeat(301))).containsExactly(FieldError.TOO_LONG);
        assertThat(codes(field(FieldType.LONG_TEXT).build(), "字".repeat(4000))).isEmpty();
        assertThat(codes(field(FieldType.LONG_TEXT).build(), "字".repeat(4001))).containsExactly(FieldError.TOO_LONG);
    }

    @Test
    void explicitMaximumLengthOverridesTypeDefault() {
        assertThat(codes(field(FieldType.TEXT).maxLength(500).build(), "字".repeat(300))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第一行\n第二行", "a\rb", "a\tb", "a\u0000b", "a\u2028b", "a\u007fb"})
    void rejectsLineBreaksAndControlCharactersInText(String value) {
        assertThat(codes(field(FieldType.TEXT).build(), value)).containsExactly(FieldError.CONTROL_CHARACTERS);
        assertThat(codes(field(FieldType.ADDRESS).build(), value)).containsExactly(FieldError.CONTROL_CHARACTERS);
    }

    @Test
    void acceptsLineBreaksAndTabsInLongTextButNotOtherControlCharacters() {
        assertThat(codes(field(FieldType.LONG_TEXT).build(), "第一行\r\n第二行\n\t第三行")).isEmpty();
        assertThat(codes(field(FieldType.LONG_TEXT).build(), "a\u0007b")).containsExactly(FieldError.CONTROL_CHARACTERS);
    }

    @Test
    void countsWindowsLineBreakAsOneCharacterInLongText() {
        assertThat(codes(field(FieldType.LONG_TEXT).maxLength(3).build(), "a\r\nb")).isEmpty();
    }

    @Test
    void requiresPatternToMatchTheWholeValue() {
        FormField postcode = field(FieldType.TEXT).pattern("\\d{6}", "应为6位数字").build();
        assertThat(codes(postcode, "350001")).isEmpty();
        assertThat(codes(postcode, " 350001 ")).isEmpty();
        assertThat(validate(postcode, "3500011")).extracting(FieldError::code, FieldError::args)
                .containsExactly(tuple(FieldError.PATTERN_MISMATCH, List.of("字段", "应为6位数字")));
    }

    @Test
    void passesEmptyExplanationWhenPatternHasNoMessage() {
        assertThat(validate(field(FieldType.TEXT).pattern("[A-Z]+", null).build(), "abc"))
                .extracting(FieldError::args).containsExactly(List.of("字段", ""));
    }

    @Test
    void reportsLengthAndPatternAndControlCharacterErrorsOfOneFieldTogether() {
        FormField code = field(FieldType.TEXT).maxLength(3).pattern("[a-z]+", null).build();
        assertThat(codes(code, "ab\ncd")).containsExactly(
                FieldError.CONTROL_CHARACTERS, FieldError.TOO_LONG, FieldError.PATTERN_MISMATCH);
    }

    // --- number ---

    @ParameterizedTest
    @ValueSource(strings = {"0", "42", "-3", "3.14", "100000", " 7 "})
    void acceptsPlainDecimalNumbers(String value) {
        assertThat(codes(field(FieldType.NUMBER).build(), value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,000", "1e5", "NaN", "12.", ".5", "+1", "１２", "1 000"})
    void rejectsValuesThatAreNotPlainNumbers(String value) {
        assertThat(codes(field(FieldType.NUMBER).build(), value)).containsExactly(FieldError.NOT_A_NUMBER);
    }

    @Test
    void enforcesInclusiveNumberRange() {
        FormField capital = field(FieldType.NUMBER).min("0.5").max("100").build();
        assertThat(codes(capital, "0.5")).isEmpty();
        assertThat(codes(capital, "100.00")).isEmpty();
        assertThat(validate(capital, "0.49")).extracting(FieldError::code, FieldError::args)
                .containsExactly(tuple(FieldError.BELOW_MIN, List.of("字段", "0.5")));
        assertThat(validate(capital, "100.01")).extracting(FieldError::code, FieldError::args)
                .containsExactly(tuple(FieldError.ABOVE_MAX, List.of("字段", "100")));
    }

    // --- date ---

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-31", "2024-02-29", "1900-01-01"})
    void acceptsIsoDates(String value) {
        assertThat(codes(field(FieldType.DATE).build(), value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2023-02-29", "2025-13-01", "2025-1-5", "2025/01/05", "20250105",
            "2025-01-05T10:00", "+12025-01-05", "１２３４-01-05"})
    void rejectsImpossibleOrNonIsoDates(String value) {
        assertThat(codes(field(FieldType.DATE).build(), value)).containsExactly(FieldError.NOT_A_DATE);
    }

    // --- select ---

    @Test
    void acceptsOnlyOptionValues() {
        FormField kind = field(FieldType.SELECT).option("person", "个人").option("company", "企业").build();
        assertThat(codes(kind, "company")).isEmpty();
        assertThat(codes(kind, "企业")).containsExactly(FieldError.NOT_AN_OPTION);
        assertThat(codes(kind, "Company")).containsExactly(FieldError.NOT_AN_OPTION);
    }

    // --- checkbox ---

    @Test
    void requiredCheckboxMustBeTrue() {
        FormField confirm = field(FieldType.CHECKBOX).required().build();
        assertThat(codes(confirm, "true")).isEmpty();
        assertThat(codes(confirm, "false")).containsExactly(FieldError.MUST_BE_CHECKED);
        assertThat(codes(confirm, null)).containsExactly(FieldError.MUST_BE_CHECKED);
    }

    @Test
    void optionalCheckboxAcceptsTrueFalseOrNothing() {
        FormField box = field(FieldType.CHECKBOX).build();
        assertThat(codes(box, "true")).isEmpty();
        assertThat(codes(box, "false")).isEmpty();
        assertThat(codes(box, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "yes", "1", "TRUE"})
    void rejectsCheckboxValuesOtherThanTrueOrFalse(String value) {
        assertThat(codes(field(FieldType.CHECKBOX).required().build(), value)).containsExactly(FieldError.NOT_A_BOOLEAN);
    }

    // --- person id, credit code, phone ---

    @Test
    void acceptsValidPersonIdIncludingLowercaseX() {
        assertThat(codes(field(FieldType.PERSON_ID).build(), VALID_ID)).isEmpty();
        assertThat(codes(field(FieldType.PERSON_ID).build(), "11010519491231002x")).isEmpty();
    }

    @Test
    void rejectsPersonIdWithWrongCheckDigit() {
        assertThat(validate(field(FieldType.PERSON_ID).build(), "110105194912310021"))
                .extracting(FieldError::code, FieldError::args)
                .containsExactly(tuple(FieldError.PERSON_ID_INVALID, List.of("字段", "CHECK_DIGIT")));
    }

    @Test
    void rejectsPersonIdBornAfterTodayOfTheClock() {
        String tomorrow = Checksums.personId("110105", "20250616", "001");
        String today = Checksums.personId("110105", "20250615", "001");
        assertThat(validate(field(FieldType.PERSON_ID).build(), tomorrow)).extracting(FieldError::args)
                .containsExactly(List.of("字段", "BIRTH_DATE"));
        assertThat(codes(field(FieldType.PERSON_ID).build(), today)).isEmpty();
    }

    @Test
    void rejectsPersonIdWithUnknownProvince() {
        assertThat(validate(field(FieldType.PERSON_ID).build(), Checksums.personId("720101", "19800101", "001")))
                .extracting(FieldError::args).containsExactly(List.of("字段", "PROVINCE"));
    }

    @Test
    void acceptsValidCreditCodeInAnyCase() {
        assertThat(codes(field(FieldType.CREDIT_CODE).build(), VALID_CREDIT_CODE)).isEmpty();
        assertThat(codes(field(FieldType.CREDIT_CODE).build(), "91350100m000100y43")).isEmpty();
    }

    @Test
    void rejectsInvalidCreditCodeWithReason() {
        assertThat(validate(field(FieldType.CREDIT_CODE).build(), "91350100M000100Y44")).extracting(FieldError::args)
                .containsExactly(List.of("字段", "CHECK_CODE"));
        assertThat(validate(field(FieldType.CREDIT_CODE).build(), "91350100M000100O43")).extracting(FieldError::args)
                .containsExactly(List.of("字段", "CHARACTER"));
    }

    @Test
    void validatesPhoneNumbers() {
        assertThat(codes(field(FieldType.PHONE).build(), "13812345678")).isEmpty();
        assertThat(codes(field(FieldType.PHONE).build(), "0591-87654321")).isEmpty();
        assertThat(codes(field(FieldType.PHONE).build(), "1381234567")).containsExactly(FieldError.PHONE_INVALID);
    }

    // --- showWhen ---

    @Test
    void hiddenFieldIsNeitherRequiredNorValidated() {
        Map<String, String> values = validPerson();
        values.put("creditCode", "garbage");
        assertThat(business().validate(values)).isEmpty();
    }

    @Test
    void shownFieldBecomesRequired() {
        Map<String, String> values = validPerson();
        values.put("applicantType", "company");
        values.remove("idNumber");
        assertThat(business().validate(values)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("creditCode", FieldError.REQUIRED));
        values.put("creditCode", VALID_CREDIT_CODE);
        assertThat(business().validate(values)).isEmpty();
    }

    @Test
    void shownFieldIsValidated() {
        Map<String, String> values = validPerson();
        values.put("applicantType", "company");
        values.put("creditCode", "91350100M000100Y44");
        assertThat(business().validate(values)).extracting(FieldError::field)
                .containsExactly("creditCode");
    }

    @Test
    void checkboxConditionFollowsCheckedState() {
        Map<String, String> values = validPerson();
        assertThat(business().validate(values)).isEmpty();
        values.put("hasAgent", "true");
        assertThat(business().validate(values)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("agentName", FieldError.REQUIRED));
        values.put("hasAgent", "false");
        assertThat(business().validate(values)).isEmpty();
    }

    @Test
    void uncheckedCheckboxThatIsNotSubmittedCountsAsFalse() {
        FormDefinition definition = FormDefinition.of(
                FormField.builder("sameAddress", "通讯地址同住所", FieldType.CHECKBOX).build(),
                FormField.builder("mailAddress", "通讯地址", FieldType.ADDRESS).required().showWhen("sameAddress", "false").build());
        assertThat(new FormValidator(definition, CLOCK).validate(Map.of())).extracting(FieldError::field)
                .containsExactly("mailAddress");
        assertThat(new FormValidator(definition, CLOCK).validate(Map.of("sameAddress", "true"))).isEmpty();
    }

    @Test
    void fieldDependingOnHiddenFieldIsHiddenToo() {
        Map<String, String> values = validPerson();
        values.put("agentName", "张三");
        // hasAgent is unchecked, so agentName is hidden and agentPhone (shown when agentName is 张三) too.
        assertThat(business().validate(values)).isEmpty();
        values.put("hasAgent", "true");
        assertThat(business().validate(values)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("agentPhone", FieldError.REQUIRED));
    }

    @Test
    void comparesConditionWithStrippedValue() {
        Map<String, String> values = validPerson();
        values.put("hasAgent", " true ");
        assertThat(business().validate(values)).extracting(FieldError::field).containsExactly("agentName");
    }

    // --- normalized ---

    @Test
    void normalizedDropsHiddenBlankAndUnknownFieldsInDefinitionOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("confirm", "true");
        values.put("creditCode", "91350100M000100Y43");
        values.put("idNumber", " 11010519491231002x ");
        values.put("address", "  ");
        values.put("unknown", "1");
        values.put("name", " 王小明 ");
        values.put("applicantType", "person");
        values.put("agentName", "张三");
        values.put("scope", "第一行\r\n第二行");
        Map<String, String> normalized = business().normalized(values);
        assertThat(normalized).containsExactly(
                Map.entry("applicantType", "person"),
                Map.entry("name", "王小明"),
                Map.entry("idNumber", "11010519491231002X"),
                Map.entry("scope", "第一行\n第二行"),
                Map.entry("hasAgent", "false"),
                Map.entry("confirm", "true"));
    }

    @Test
    void normalizedUppercasesCreditCode() {
        Map<String, String> values = Map.of("applicantType", "company", "creditCode", "91350100m000100y43");
        assertThat(business().normalized(values)).containsEntry("creditCode", "91350100M000100Y43")
                .doesNotContainKey("idNumber");
    }

    @Test
    void reportsVisibilityOfSingleField() {
        FormValidator validator = business();
        FormField creditCode = FormSamples.business().field("creditCode").orElseThrow();
        assertThat(validator.visible(creditCode, Map.of("applicantType", "company"))).isTrue();
        assertThat(validator.visible(creditCode, Map.of("applicantType", "person"))).isFalse();
        assertThat(validator.visible(creditCode, Map.of())).isFalse();
    }
}
