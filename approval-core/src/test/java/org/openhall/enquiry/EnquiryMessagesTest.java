package org.openhall.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EnquiryMessagesTest {

  private static final Properties ZH = load("i18n/enquiries.properties");
  private static final Properties EN = load("i18n/enquiries_en.properties");

  @Test
  void bundlesHaveTheSameKeys() {
    assertThat(EN.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ZH.stringPropertyNames());
  }

  @Test
  void everyRefusalOfTheLogReadsInBothLanguages() {
    for (String code : List.of("ENQUIRY_DEPARTMENT_REQUIRED", "ENQUIRY_DEPARTMENT_NOT_YOURS",
        "ENQUIRY_ASKER_REQUIRED", "ENQUIRY_PHONE_INVALID", "ENQUIRY_ITEM_NOT_FOUND",
        "ENQUIRY_QUESTION_REQUIRED", "ENQUIRY_ANSWER_OR_REFERRAL_REQUIRED", "ENQUIRY_TEXT_TOO_LONG",
        "ENQUIRY_PERIOD_INVALID", "ENQUIRY_NOT_FOUND")) {
      assertThat(ZH.getProperty(code)).as(code).isNotBlank();
      assertThat(EN.getProperty(code)).as(code).isNotBlank();
    }
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = EnquiryMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }
}
