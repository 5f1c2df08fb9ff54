package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CatalogueMessagesTest {

  private static final Properties ZH = load("i18n/catalogue.properties");
  private static final Properties EN = load("i18n/catalogue_en.properties");

  @Test
  void bundlesHaveTheSameKeys() {
    assertThat(EN.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(ZH.stringPropertyNames());
  }

  @Test
  void aProcessNotOfTheItemsCategoryReadsAsTheProcessTheCategoryNeeds() {
    for (ItemCategory category : ItemCategory.values()) {
      assertThat(ZH).containsKey("ITEM_PROCESS_NOT_FOR_CATEGORY." + category);
    }
    assertThat(zh("ITEM_PROCESS_NOT_FOR_CATEGORY.INSTANT", "SCJG-002", "INSTANT",
        "PromisedApproval", "InstantApproval")).isEqualTo(
        "事项 SCJG-002：类别为即办件的事项必须使用即办件流程（InstantApproval），当前为 PromisedApproval。");
    assertThat(en("ITEM_PROCESS_NOT_FOR_CATEGORY.INSTANT", "SCJG-002", "INSTANT",
        "PromisedApproval", "InstantApproval")).isEqualTo(
        "Item SCJG-002: an instant item must run the instant approval process (InstantApproval),"
            + " not PromisedApproval.");
  }

  @Test
  void coDepartmentsOfAnItemThatIsNotJointReadAsSuch() {
    for (ItemCategory category : ItemCategory.values()) {
      assertThat(ZH.containsKey("ITEM_CO_DEPARTMENTS_NOT_JOINT." + category))
          .as(category.name()).isEqualTo(category != ItemCategory.JOINT);
    }
    assertThat(zh("ITEM_CO_DEPARTMENTS_NOT_JOINT.PROMISED", "SCJG-001", "PROMISED", "GA, SW"))
        .startsWith("事项 SCJG-001 是承诺件，不能有协办部门（当前列出了 GA, SW）");
  }

  @Test
  void anExtensionLimitBeyondTheLawNamesTheLegalMaximum() {
    assertThat(zh("ITEM_MAX_EXTENSION_EXCEEDS_LAW", "SCJG-006", 20, 15))
        .startsWith("事项 SCJG-006：单次延期上限 20 个工作日超过了法定的 15 个工作日");
    assertThat(en("ITEM_MAX_EXTENSION_EXCEEDS_LAW", "SCJG-006", 20, 15))
        .startsWith("Item SCJG-006: an extension limit of 20 working days exceeds the legal 15");
  }

  private static String zh(String key, Object... args) {
    return new MessageFormat(ZH.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(args);
  }

  private static String en(String key, Object... args) {
    return new MessageFormat(EN.getProperty(key), Locale.ENGLISH).format(args);
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = CatalogueMessagesTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    return properties;
  }
}
