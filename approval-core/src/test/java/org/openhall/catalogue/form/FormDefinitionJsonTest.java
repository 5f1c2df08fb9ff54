package org.openhall.catalogue.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormDefinitionJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void roundTripsEveryFeatureOfADefinition() throws Exception {
        FormDefinition definition = FormSamples.business();
        String json = mapper.writeValueAsString(definition);
        FormDefinition read = mapper.readValue(json, FormDefinition.class);
        assertThat(read).isEqualTo(definition);
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }

    @Test
    void writesStableJsonInComponentOrderOmittingNulls() throws Exception {
        FormDefinition definition = FormDefinition.of(
                FormField.builder("kind", "类型", FieldType.SELECT).labelEn("Kind").required()
                        .option("a", "甲").help("说明").build(),
                FormField.builder("amount", "金额", FieldType.NUMBER).min("0").max("99.50")
                        .showWhen("kind", "a").build(),
                FormField.builder("code", "编码", FieldType.TEXT).minLength(2).maxLength(8)
                        .pattern("[A-Z]+", "大写字母").build());
        assertThat(mapper.writeValueAsString(definition)).isEqualTo("{\"fields\":["
                + "{\"key\":\"kind\",\"label\":\"类型\",\"labelEn\":\"Kind\",\"type\":\"SELECT\",\"required\":true,"
                + "\"options\":[{\"value\":\"a\",\"label\":\"甲\"}],\"help\":\"说明\"},"
                + "{\"key\":\"amount\",\"label\":\"金额\",\"type\":\"NUMBER\",\"required\":false,\"min\":0,\"max\":99.50,"
                + "\"showWhen\":{\"field\":\"kind\",\"equals\":\"a\"}},"
                + "{\"key\":\"code\",\"label\":\"编码\",\"type\":\"TEXT\",\"required\":false,\"minLength\":2,\"maxLength\":8,"
                + "\"pattern\":\"[A-Z]+\",\"patternMessage\":\"大写字母\"}]}");
    }

    @Test
    void readsMinimalHandWrittenJson() throws Exception {
        FormDefinition read = mapper.readValue(
                "{\"fields\":[{\"key\":\"name\",\"label\":\"姓名\",\"type\":\"TEXT\"},"
                        + "{\"key\":\"fee\",\"label\":\"费用\",\"type\":\"NUMBER\",\"max\":1.10}]}",
                FormDefinition.class);
        assertThat(read.fields()).hasSize(2);
        FormField name = read.fields().get(0);
        assertThat(name.required()).isFalse();
        assertThat(name.options()).isNull();
        assertThat(name.showWhen()).isNull();
        assertThat(read.fields().get(1).max()).isEqualTo(new BigDecimal("1.10"));
    }

    @Test
    void readsMissingFieldListAsEmpty() throws Exception {
        assertThat(mapper.readValue("{}", FormDefinition.class).fields()).isEmpty();
    }

    @Test
    void keepsModelImmutable() {
        FormDefinition definition = FormSamples.business();
        assertThat(definition.fields()).isUnmodifiable();
        assertThat(definition.fields().get(0).options()).isUnmodifiable();
        assertThat(new FormDefinition(null).fields()).isEqualTo(List.of());
    }
}
