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
}
