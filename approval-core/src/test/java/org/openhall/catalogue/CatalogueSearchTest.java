package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@CatalogueDataTest
class CatalogueSearchTest {

  @Autowired
  CatalogueAdministration admin;

  @Autowired
  Catalogue catalogue;

  @Autowired
  Departments departments;

  @BeforeEach
  void catalogue() {
    CatalogueFixture.departments(departments);
    publish("SCJG-001", CatalogueFixture.foodBusinessLicence());
    publish("SCJG-004", CatalogueFixture.promised("仅销售预包装食品备案", "SCJG", 0, 0));
    publish("GA-001", CatalogueFixture.identityCardRenewal());
    publish("WJ-001", CatalogueFixture.promised("公共场所卫生许可", "WJ", 14, 7));
    admin.create("SCJG-009", CatalogueFixture.promised("食品生产许可（草稿）", "SCJG", 20, 10));
  }

  @Test
  void findsPublishedItemsByAChineseKeyword() {
    assertThat(codes(catalogue.search("食品", null, null, PageRequest.of(0, 20))))
        .containsExactly("SCJG-001", "SCJG-004");
  }

  @Test
  void findsItemsByTheirCodeWhateverTheCase() {
    assertThat(codes(catalogue.search("ga-", null, null, PageRequest.of(0, 20))))
        .containsExactly("GA-001");
  }

  @Test
  void filtersByLeadDepartment() {
    assertThat(codes(catalogue.search(null, "SCJG", null, PageRequest.of(0, 20))))
        .containsExactly("SCJG-001", "SCJG-004");
    assertThat(codes(catalogue.search("许可", "WJ", null, PageRequest.of(0, 20))))
        .containsExactly("WJ-001");
  }

  @Test
  void filtersByCategory() {
    assertThat(codes(catalogue.search(null, null, ItemCategory.PROMISED, PageRequest.of(0, 20))))
        .hasSize(4);
    assertThat(catalogue.search(null, null, ItemCategory.JOINT, PageRequest.of(0, 20))).isEmpty();
  }

  @Test
  void pagesThroughTheResultsInCodeOrder() {
    Page<ItemVersion> first = catalogue.search(null, null, null, PageRequest.of(0, 3));
    Page<ItemVersion> second = catalogue.search(null, null, null, PageRequest.of(1, 3));

    assertThat(first.getTotalElements()).as("drafts are not listed").isEqualTo(4);
    assertThat(first.getTotalPages()).isEqualTo(2);
    assertThat(codes(first)).containsExactly("GA-001", "SCJG-001", "SCJG-004");
    assertThat(codes(second)).containsExactly("WJ-001");
  }

  private void publish(String code, ItemContent content) {
    admin.publish(admin.create(code, content).id());
  }

  private static java.util.List<String> codes(Page<ItemVersion> page) {
    return page.map(ItemVersion::code).getContent();
  }
}
