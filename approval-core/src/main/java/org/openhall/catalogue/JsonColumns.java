package org.openhall.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.openhall.catalogue.form.FormDefinition;

/** Stores the guide and the form of an item version as JSON text (portable across H2 and MySQL). */
final class JsonColumns {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .findAndAddModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private JsonColumns() {
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
    }
  }

  @Converter
  static class GuideConverter implements AttributeConverter<ServiceGuide, String> {
    @Override
    public String convertToDatabaseColumn(ServiceGuide guide) {
      return write(guide);
    }

    @Override
    public ServiceGuide convertToEntityAttribute(String json) {
      return read(json, ServiceGuide.class);
    }
  }

  @Converter
  static class FormConverter implements AttributeConverter<FormDefinition, String> {
    @Override
    public String convertToDatabaseColumn(FormDefinition form) {
      return write(form);
    }

    @Override
    public FormDefinition convertToEntityAttribute(String json) {
      return read(json, FormDefinition.class);
    }
  }
}
