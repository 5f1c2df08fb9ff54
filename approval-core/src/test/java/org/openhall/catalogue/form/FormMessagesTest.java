package org.openhall.catalogue.form;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class FormMessagesTest {

    private static final FormMessages ZH = FormMessages.forLocale(Locale.SIMPLIFIED_CHINESE);
    private static final FormMessages EN = FormMessages.forLocale(Locale.ENGLISH);

    private static List<String> codeConstants(Class<?> type) throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
                codes.add((String) f.get(null));
            }
        }
        return codes;
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = FormMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyCodeHasAChineseAndAnEnglishMessage() throws Exception {
        List<String> codes = new ArrayList<>(codeConstants(FieldError.class));
        codes.addAll(codeConstants(FormProblem.class));
        assertThat(codes).hasSizeGreaterThan(35);
        Properties zh = load("i18n/forms.properties");
        Properties en = load("i18n/forms_en.properties");
        assertThat(zh.stringPropertyNames()).containsAll(codes);
        assertThat(en.stringPropertyNames()).containsAll(codes);
    }

    @Test
    void bundlesHaveTheSameKeys() throws Exception {
        assertThat(load("i18n/forms_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/forms.properties").stringPropertyNames());
    }

    @Test
    void everyDefectHasASpecificMessage() {
        for (ResidentIdNumber.Defect d : ResidentIdNumber.Defect.values()) {
            assertThat(ZH.has(FieldError.PERSON_ID_INVALID + "." + d.name())).as(d.name()).isTrue();
        }
        for (CreditCode.Defect d : CreditCode.Defect.values()) {
            assertThat(ZH.has(FieldError.CREDIT_CODE_INVALID + "." + d.name())).as(d.name()).isTrue();
        }
    }

    @Test
    void englishMessagesContainNoSingleQuotes() throws Exception {
        load("i18n/forms_en.properties").values()
                .forEach(v -> assertThat((String) v).doesNotContain("'"));
    }

    @Test
    void rendersChineseMessageWithLabel() {
        assertThat(ZH.message(FieldError.of("name", FieldError.REQUIRED, "姓名"))).isEqualTo("请填写“姓名”");
        assertThat(ZH.message(FieldError.of("name", FieldError.TOO_LONG, "姓名", "50", "51")))
                .isEqualTo("“姓名”最多 50 个字（当前 51 个）");
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            FieldError error = FieldError.of("name", FieldError.REQUIRED, "姓名");
            assertThat(FormMessages.forLocale(Locale.FRENCH).message(error)).isEqualTo("请填写“姓名”");
            assertThat(FormMessages.forLocale(Locale.TRADITIONAL_CHINESE).message(error)).isEqualTo("请填写“姓名”");
            assertThat(FormMessages.forLocale(null).message(error)).isEqualTo("请填写“姓名”");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void rendersEnglishMessageWithEnglishLabelFromDefinition() {
        FieldError error = FieldError.of("name", FieldError.REQUIRED, "姓名");
        assertThat(EN.message(error, FormSamples.business())).isEqualTo("Please fill in \"Name\"");
        assertThat(FormMessages.forLocale(Locale.UK).message(error, FormSamples.business())).isEqualTo("Please fill in \"Name\"");
        assertThat(ZH.message(error, FormSamples.business())).isEqualTo("请填写“姓名”");
    }

    @Test
    void fallsBackToChineseLabelWhenNoEnglishLabel() {
        FieldError error = FieldError.of("agentPhone", FieldError.REQUIRED, "代理人电话");
        assertThat(EN.message(error, FormSamples.business())).isEqualTo("Please fill in \"代理人电话\"");
    }

    @Test
    void prefersSpecificMessageForIdentityNumberDefect() {
        FieldError error = FieldError.of("idNumber", FieldError.PERSON_ID_INVALID, "身份证号码", "CHECK_DIGIT");
        assertThat(ZH.message(error)).isEqualTo("“身份证号码”的校验位不正确，请核对号码");
        FieldError unknownReason = FieldError.of("idNumber", FieldError.PERSON_ID_INVALID, "身份证号码", "OTHER");
        assertThat(ZH.message(unknownReason)).isEqualTo("“身份证号码”不是有效的居民身份证号码");
    }

    @Test
    void appendsPatternExplanationOrEndsCleanlyWithout() {
        assertThat(ZH.message(FieldError.of("postcode", FieldError.PATTERN_MISMATCH, "邮政编码", "应为6位数字")))
                .isEqualTo("“邮政编码”的格式不正确。应为6位数字");
        assertThat(EN.message(FieldError.of("postcode", FieldError.PATTERN_MISMATCH, "Postcode", "")))
                .isEqualTo("The format of \"Postcode\" is not valid.");
    }

    @Test
    void keepsUnknownKeyAsArgumentEvenWithDefinition() {
        FieldError error = FieldError.of("hacker", FieldError.UNKNOWN, "hacker");
        assertThat(EN.message(error, FormSamples.business())).isEqualTo("The form has no field \"hacker\"");
    }

    @Test
    void rendersDefinitionProblems() {
        FormProblem problem = FormProblem.of("amount", FormProblem.RANGE_INVERTED, "amount", "10", "1");
        assertThat(ZH.message(problem)).isEqualTo("字段“amount”的最小值 10 大于最大值 1");
        assertThat(EN.message(problem)).isEqualTo("Field \"amount\" has a minimum 10 greater than its maximum 1");
    }

    @Test
    void rendersUnknownCodeAsTheCodeItself() {
        assertThat(ZH.format("NO_SUCH_CODE", List.of("x"))).isEqualTo("NO_SUCH_CODE");
    }

    @Test
    void rendersEveryErrorOfARealSubmissionWithoutLeftoverPlaceholders() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2025-06-15T02:00:00Z"),
                java.time.ZoneId.of("Asia/Shanghai"));
        List<FieldError> errors = new FormValidator(FormSamples.business(), clock).validate(java.util.Map.of(
                "applicantType", "company", "creditCode", "X", "phone", "1", "capital", "-1", "scope", "短"));
        assertThat(errors).hasSize(6);
        for (FieldError error : errors) {
            assertThat(ZH.message(error, FormSamples.business())).doesNotContain("{").doesNotStartWith("FIELD_");
            assertThat(EN.message(error, FormSamples.business())).doesNotContain("{").doesNotStartWith("FIELD_");
        }
    }
}
