package org.openhall.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.CatalogueExchange;
import org.openhall.catalogue.CatalogueFile;
import org.openhall.catalogue.CatalogueFile.ItemEntry;
import org.openhall.catalogue.ItemCategory;

/** The demo catalogue is a real one: broad, consistent, and publishable item by item. */
class DemoCatalogueTest {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  static CatalogueFile demo;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = DemoCatalogueTest.class.getResourceAsStream("/demo/demo-catalogue.json")) {
      demo = JSON.readValue(in, CatalogueFile.class);
    }
  }

  @Test
  void isInTheCatalogueExchangeFormat() {
    assertThat(demo.format()).isEqualTo(CatalogueFile.FORMAT);
    assertThat(demo.formatVersion()).isEqualTo(CatalogueFile.FORMAT_VERSION);
  }

  @Test
  void coversAtLeastThirtyItemsOfEightDepartmentsAndEveryCategory() {
    assertThat(demo.items()).hasSizeGreaterThanOrEqualTo(30);
    Set<String> leads = demo.items().stream().map(ItemEntry::leadDepartment)
        .collect(Collectors.toSet());
    assertThat(leads).hasSizeGreaterThanOrEqualTo(8);
    assertThat(demo.items().stream().map(ItemEntry::category).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ItemCategory.class));
  }

  @Test
  void everyFormPassesTheFormDefinitionCheck() {
    for (ItemEntry item : demo.items()) {
      assertThat(item.form().check()).as(item.code()).isEmpty();
    }
  }

  @Test
  void noPromiseExceedsTheLegalTimeLimit() {
    for (ItemEntry item : demo.items()) {
      assertThat(item.promisedDays()).as(item.code()).isLessThanOrEqualTo(item.legalDays());
    }
  }

  @Test
  void everyItemStatesItsFeesOrThatItIsFree() {
    for (ItemEntry item : demo.items()) {
      boolean free = Boolean.TRUE.equals(item.free());
      assertThat(free ^ !item.fees().isEmpty()).as(item.code()).isTrue();
      item.fees().forEach(f -> assertThat(f.basis()).as(item.code()).isNotBlank());
    }
  }

  @Test
  void everyItemMeetsThePublicationPolicy() {
    Set<String> departments = demo.departments().stream().map(CatalogueFile.DepartmentEntry::code)
        .collect(Collectors.toSet());
    for (ItemEntry item : demo.items()) {
      assertThat(CatalogueExchange.contentProblems(item, departments)).as(item.code()).isEmpty();
    }
  }

  @Test
  void everyLeadAndCoDepartmentIsInTheFile() {
    Set<String> departments = demo.departments().stream().map(CatalogueFile.DepartmentEntry::code)
        .collect(Collectors.toSet());
    for (ItemEntry item : demo.items()) {
      assertThat(departments).as(item.code()).contains(item.leadDepartment())
          .containsAll(item.coDepartments());
    }
  }

  /**
   * ADR 0025: every Chinese text of the demo catalogue has its English twin — names, titles,
   * places, legal bases and their article texts, conditions, procedure steps and their
   * descriptions, materials with their sources and notes, fees, form labels, help, pattern
   * messages and options — so that no English page falls back to Chinese.
   */
  @Test
  void everyChineseTextHasItsEnglishTwin() {
    demo.departments().forEach(d -> assertEnglish(d.code(), d.name(), d.nameEn()));
    for (ItemEntry item : demo.items()) {
      String at = item.code();
      assertEnglish(at + ".name", item.name(), item.nameEn());
      assertEnglish(at + ".licenceTitle", item.licenceTitle(), item.licenceTitleEn());
      assertEnglish(at + ".location", item.location(), item.locationEn());
      assertEnglish(at + ".hours", item.hours(), item.hoursEn());
      assertEnglish(at + ".complaintChannel", item.complaintChannel(), item.complaintChannelEn());
      item.legalBasis().forEach(b -> {
        assertEnglish(at + ".legalBasis", b.law() + b.article(),
            b.titleIn(java.util.Locale.ENGLISH).fellBack() ? null : b.lawEn() + b.articleEn());
        assertEnglish(at + ".legalBasis.text", b.text(), b.textEn());
      });
      assertThat(item.conditionsEn()).as(at + ".conditionsEn runs beside conditions")
          .hasSameSizeAs(item.conditions());
      for (int i = 0; i < item.conditions().size(); i++) {
        assertEnglish(at + ".conditions[" + i + "]", item.conditions().get(i),
            item.conditionsEn().get(i));
      }
      item.procedure().forEach(p -> {
        assertEnglish(at + ".procedure", p.step(), p.stepEn());
        assertEnglish(at + ".procedure.description", p.description(), p.descriptionEn());
      });
      item.materials().forEach(m -> {
        assertEnglish(at + "." + m.id(), m.name(), m.nameEn());
        assertEnglish(at + "." + m.id() + ".source", m.source(), m.sourceEn());
        assertEnglish(at + "." + m.id() + ".note", m.note(), m.noteEn());
      });
      item.fees().forEach(f -> {
        assertEnglish(at + ".fee", f.name(), f.nameEn());
        assertEnglish(at + ".fee.basis", f.basis(), f.basisEn());
      });
      item.form().fields().forEach(f -> {
        assertEnglish(at + "." + f.key(), f.label(), f.labelEn());
        assertEnglish(at + "." + f.key() + ".help", f.help(), f.helpEn());
        assertEnglish(at + "." + f.key() + ".pattern", f.patternMessage(), f.patternMessageEn());
        if (f.options() != null) {
          f.options().forEach(o -> assertEnglish(at + "." + f.key() + "." + o.value(), o.label(),
              hasHan(o.label()) ? o.labelEn() : o.label()));
        }
      });
    }
  }

  private static void assertEnglish(String where, String chinese, String english) {
    if (chinese == null || chinese.isBlank()) {
      return;
    }
    assertThat(english).as(where + " " + chinese).isNotBlank();
    assertThat(hasHan(english.replaceAll("[“”]京A12345[“”]", "")))
        .as(where + " English has Chinese: " + english).isFalse();
  }

  private static boolean hasHan(String text) {
    return text != null && text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
