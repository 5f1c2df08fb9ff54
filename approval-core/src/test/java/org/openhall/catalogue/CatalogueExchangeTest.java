package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.CatalogueExchange.ImportResult;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;

@CatalogueDataTest
class CatalogueExchangeTest {

  @Autowired
  CatalogueAdministration admin;

  @Autowired
  CatalogueExchange exchange;

  @Autowired
  Catalogue catalogue;

  @Autowired
  ItemVersions versions;

  @Autowired
  Departments departments;

  @BeforeEach
  void catalogue() throws IOException {
    CatalogueFixture.departments(departments);
    ItemVersion food = admin.create("SCJG-001", CatalogueFixture.foodBusinessLicence());
    admin.attach(food.id(), "M1", GuideFile.Kind.BLANK_FORM, "申请书.pdf",
        CataloguePublishingTest.pdf());
    admin.publish(food.id());
    admin.publish(admin.create("GA-001", CatalogueFixture.identityCardRenewal()).id());
    admin.create("WJ-001", CatalogueFixture.promised("公共场所卫生许可", "WJ", 14, 7));
  }

  @Test
  void exportsOnlyPublishedVersionsWithTheirDepartmentsAndFiles() {
    CatalogueFile file = exchange.export();

    assertThat(file.format()).isEqualTo("openhall-catalogue");
    assertThat(file.items()).extracting(CatalogueFile.ItemEntry::code)
        .containsExactly("GA-001", "SCJG-001");
    assertThat(file.departments()).hasSize(3);
    assertThat(file.files()).singleElement()
        .satisfies(f -> assertThat(f.fileName()).isEqualTo("申请书.pdf"));
  }

  @Test
  void anExportImportedIntoAnEmptyCatalogueGivesTheSameItems() {
    byte[] exported = exchange.exportJson();
    CatalogueFile before = exchange.export();
    versions.deleteAll();
    departments.deleteAll();
    versions.flush();

    ImportResult result = exchange.importJson(exported);

    assertThat(result).isEqualTo(new ImportResult(3, 0, 2, 0));
    CatalogueFile after = exchange.export();
    assertThat(after.items()).isEqualTo(before.items());
    assertThat(after.departments()).isEqualTo(before.departments());
    assertThat(after.files()).isEqualTo(before.files());
    assertThat(catalogue.published("SCJG-001").name()).isEqualTo("食品经营许可（新办）");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    byte[] exported = exchange.exportJson();
    long rows = versions.count();

    ImportResult result = exchange.importJson(exported);

    assertThat(result).isEqualTo(new ImportResult(0, 3, 0, 2));
    assertThat(versions.count()).isEqualTo(rows);
  }

  @Test
  void aNewerVersionInTheFileSupersedesTheLocalOne() {
    CatalogueFile file = exchange.export();
    CatalogueFile.ItemEntry ga = file.items().get(0);
    CatalogueFile.ItemEntry newer = new CatalogueFile.ItemEntry(ga.code(), 2, "居民身份证换领（2025版）",
        ga.itemType(), ga.category(), ga.leadDepartment(), ga.coDepartments(), ga.licenceTitle(),
        ga.legalBasis(), ga.conditions(), ga.procedure(), ga.materials(), ga.fees(), ga.free(),
        ga.legalDays(), ga.promisedDays(), ga.maxExtensionDays(), ga.onlineDepth(), ga.visits(),
        ga.location(),
        ga.hours(), ga.complaintChannel(), ga.processKey(), null, ga.form(),
        ga.licenceValidity(), null, null, null, null, null, null, ga.payment());

    ImportResult result = exchange.importFile(new CatalogueFile(file.format(),
        file.formatVersion(), null, file.departments(), List.of(newer), List.of()));

    assertThat(result.itemsAdded()).isEqualTo(1);
    assertThat(catalogue.published("GA-001").name()).isEqualTo("居民身份证换领（2025版）");
    assertThat(admin.item("GA-001").versions()).extracting(ItemVersion::status)
        .containsExactly(ItemStatus.PUBLISHED, ItemStatus.RETIRED);
  }

  @Test
  void aBrokenFileImportsNothingAndReportsEveryProblem() {
    long rows = versions.count();
    String broken = """
        {"format": "openhall-catalogue", "formatVersion": 1,
         "departments": [{"code": "ZJ", "name": "住房和城乡建设局"}, {"code": "", "name": ""}],
         "items": [
           {"code": "ZJ-001", "version": 1, "name": "建筑工程施工许可", "itemType": "LICENCE",
            "category": "PROMISED", "leadDepartment": "ZJ", "legalDays": 5, "promisedDays": 7,
            "onlineDepth": 4, "processKey": "PromisedApproval", "free": true,
            "legalBasis": [{"law": "《建筑法》", "article": "第八条", "text": "……"}],
            "conditions": ["已经办理用地批准手续", "法律、行政法规规定的其他条件"],
            "procedure": [{"step": "申请"}],
            "materials": [{"id": "M1", "name": "申请表", "required": true, "originals": 1}],
            "location": "中心", "hours": "工作日", "complaintChannel": "12345",
            "form": {"fields": []}},
           {"code": "ZJ-002", "version": 1, "name": "商品房预售许可", "category": "SOMETIMES"},
           {"code": "GA-001", "version": 1, "name": "居民身份证换领（改）", "itemType": "CERTIFICATION",
            "category": "PROMISED", "leadDepartment": "GA", "legalDays": 42, "promisedDays": 15,
            "onlineDepth": 3, "processKey": "PromisedApproval", "free": true,
            "legalBasis": [{"law": "《居民身份证法》", "article": "第十一条", "text": "……"}],
            "conditions": ["证件有效期满"], "procedure": [{"step": "申请"}],
            "materials": [{"id": "M1", "name": "照片", "required": true, "originals": 1}],
            "location": "中心", "hours": "工作日", "complaintChannel": "12345",
            "form": {"fields": []}}
         ]}
        """;

    assertThatThrownBy(() -> exchange.importJson(broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("CATALOGUE_INVALID");
          assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
              "CATALOGUE_ITEM_UNREADABLE", "CATALOGUE_DEPARTMENT_INVALID",
              "ITEM_PROMISE_EXCEEDS_LAW", "ITEM_CONDITION_CATCH_ALL",
              "CATALOGUE_VERSION_CHANGED");
          assertThat(e.args()).containsExactly(5);
        });
    assertThat(versions.count()).isEqualTo(rows);
    assertThat(departments.existsById("ZJ")).isFalse();
  }

  @Test
  void anExplicitlyEmptyFeeListStatesFreeButMissingFeesAreUnstated() {
    String item = """
        {"format": "openhall-catalogue", "formatVersion": 1, "items": [
          {"code": "WJ-009", "version": 1, "name": "诊所备案", "itemType": "FILING",
           "category": "FILING", "leadDepartment": "WJ", "legalDays": 0, "promisedDays": 0,
           "onlineDepth": 4, "processKey": "Filing", %s
           "legalBasis": [{"law": "《医疗机构管理条例》", "article": "第十五条", "text": "……"}],
           "conditions": ["已取得执业许可"], "procedure": [{"step": "备案"}],
           "materials": [{"id": "M1", "name": "备案表", "required": true, "originals": 1}],
           "location": "中心", "hours": "工作日", "complaintChannel": "12345",
           "form": {"fields": []}}]}
        """;

    assertThatThrownBy(() -> exchange.importJson(item.formatted("").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("ITEM_FEES_UNSTATED"));
    ImportResult result = exchange.importJson(
        item.formatted("\"fees\": [],").getBytes(StandardCharsets.UTF_8));

    assertThat(result.itemsAdded()).isEqualTo(1);
    assertThat(catalogue.published("WJ-009").guide().isFree()).isTrue();
  }

  @Test
  void carriesAStatedExtensionLimitAndLeavesItOutWhenTheItemStatesNone() throws IOException {
    admin.publish(admin.create("WJ-002", CatalogueFixture.promised("医师执业注册", "WJ", 20, 5)
        .withMaxExtensionDays(6)).id());
    byte[] exported = exchange.exportJson();
    var items = JsonColumns.MAPPER.readTree(exported).path("items");
    versions.deleteAll();
    departments.deleteAll();
    versions.flush();

    exchange.importJson(exported);

    assertThat(items).filteredOn(i -> i.path("code").asText().equals("WJ-002")).singleElement()
        .satisfies(i -> assertThat(i.path("maxExtensionDays").asInt()).isEqualTo(6));
    assertThat(items).filteredOn(i -> i.path("code").asText().equals("GA-001")).singleElement()
        .satisfies(i -> assertThat(i.has("maxExtensionDays")).isFalse());
    assertThat(catalogue.published("WJ-002").maxExtensionDays()).isEqualTo(6);
    assertThat(catalogue.published("GA-001").maxExtensionDays()).isEqualTo(10);
  }

  @Test
  void carriesAStatedLicenceValidityAndLeavesItOutWhenTheItemStatesNone() throws IOException {
    admin.publish(admin.create("WJ-002", CatalogueFixture.promised("医师执业注册", "WJ", 20, 5)
        .withLicenceValidity(LicenceValidity.years(4))).id());
    admin.publish(admin.create("WJ-003", CatalogueFixture.promised("诊所备案", "WJ", 20, 5)
        .withLicenceValidity(LicenceValidity.until(java.time.LocalDate.of(2030, 12, 31)))).id());
    byte[] exported = exchange.exportJson();
    var items = JsonColumns.MAPPER.readTree(exported).path("items");
    versions.deleteAll();
    departments.deleteAll();
    versions.flush();

    exchange.importJson(exported);

    assertThat(items).filteredOn(i -> i.path("code").asText().equals("WJ-002")).singleElement()
        .satisfies(i -> assertThat(i.path("licenceValidity").toString())
            .isEqualTo("{\"kind\":\"YEARS\",\"years\":4}"));
    assertThat(items).filteredOn(i -> i.path("code").asText().equals("GA-001")).singleElement()
        .satisfies(i -> assertThat(i.has("licenceValidity")).isFalse());
    assertThat(catalogue.published("WJ-002").licenceValidity()).isEqualTo(LicenceValidity.years(4));
    assertThat(catalogue.published("WJ-003").licenceValidity())
        .isEqualTo(LicenceValidity.until(java.time.LocalDate.of(2030, 12, 31)));
    assertThat(catalogue.published("GA-001").licenceValidity()).isEqualTo(LicenceValidity.longTerm());
  }

  @Test
  void carriesTheLicenceAMaterialAcceptsAndLeavesItOutWhereOnlyAFileWillDo() throws IOException {
    ItemContent food = CatalogueFixture.foodBusinessLicence();
    ServiceGuide g = food.guide();
    ServiceGuide withLicence = new ServiceGuide(g.legalBasis(), g.conditions(), g.procedure(),
        List.of(g.materials().get(0), new RequiredMaterial("M9", "营业执照", false, false, 0, 1,
            "政府部门核发", null, null, null, "SCJG-003")),
        g.fees(), g.free(), g.coDepartments(), g.licenceTitle(), g.visits(), g.location(),
        g.hours(), g.complaintChannel());
    admin.publish(admin.create("WJ-004", new ItemContent("餐饮卫生许可", food.itemType(), food.category(),
        "WJ", food.legalDays(), food.promisedDays(), food.maxExtensionDays(), food.onlineDepth(),
        food.processKey(), withLicence, food.form())).id());
    byte[] exported = exchange.exportJson();
    var items = JsonColumns.MAPPER.readTree(exported).path("items");
    versions.deleteAll();
    departments.deleteAll();
    versions.flush();

    exchange.importJson(exported);

    assertThat(items).filteredOn(i -> i.path("code").asText().equals("WJ-004")).singleElement()
        .satisfies(i -> {
          assertThat(i.path("materials").get(1).path("licenceItemCode").asText()).isEqualTo("SCJG-003");
          assertThat(i.path("materials").get(0).has("licenceItemCode")).isFalse();
        });
    assertThat(catalogue.published("WJ-004").requirement("M9").orElseThrow().licenceItemCode())
        .isEqualTo("SCJG-003");
    assertThat(catalogue.published("WJ-004").requirement("M1").orElseThrow().acceptsLicence()).isFalse();
  }

  @Test
  void refusesToImportItemsWhoseCategoryAndProcessDisagreeOrWhoseExtensionLimitBreaksTheLaw() {
    long rows = versions.count();
    String file = """
        {"format": "openhall-catalogue", "formatVersion": 1, "items": [
          %s, %s, %s, %s]}
        """.formatted(
        item("WJ-011", "INSTANT", "PromisedApproval", "[]", ""),
        item("WJ-012", "PROMISED", "PromisedApproval", "[\"GA\"]", ""),
        item("WJ-013", "JOINT", "JointApproval", "[]", ""),
        item("WJ-014", "JOINT", "JointApproval", "[\"GA\"]", "\"maxExtensionDays\": 16,"));

    assertThatThrownBy(() -> exchange.importJson(file.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("CATALOGUE_INVALID");
          assertThat(e.violations()).extracting(Violation::field, Violation::code)
              .containsExactlyInAnyOrder(
                  tuple("items[0].processKey", "ITEM_PROCESS_NOT_FOR_CATEGORY"),
                  tuple("items[1].coDepartments", "ITEM_CO_DEPARTMENTS_NOT_JOINT"),
                  tuple("items[2].coDepartments", "ITEM_JOINT_WITHOUT_CO_DEPARTMENTS"),
                  tuple("items[3].maxExtensionDays", "ITEM_MAX_EXTENSION_EXCEEDS_LAW"));
          assertThat(e.violations().get(0).args())
              .containsExactly("WJ-011", "INSTANT", "PromisedApproval", "InstantApproval");
        });
    assertThat(versions.count()).isEqualTo(rows);
  }

  @Test
  void importsAJointItemWithTheLegalMaximumOfJointItemsAsItsDefault() {
    String file = """
        {"format": "openhall-catalogue", "formatVersion": 1, "items": [%s]}
        """.formatted(item("WJ-015", "JOINT", "JointApproval", "[\"GA\"]", ""));

    exchange.importJson(file.getBytes(StandardCharsets.UTF_8));

    assertThat(catalogue.published("WJ-015").maxExtensionDays()).isEqualTo(15);
  }

  @Test
  void aFileThatIsNotJsonIsRefusedWithItsLine() {
    assertThatThrownBy(() -> exchange.importJson("{\n\"format\": ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("CATALOGUE_NOT_JSON"));
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThatThrownBy(() -> exchange.importJson("{\"format\": \"csv\", \"formatVersion\": 1}"
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CATALOGUE_FORMAT_UNKNOWN"));
  }

  private static String item(String code, String category, String processKey,
      String coDepartments, String extra) {
    return """
        {"code": "%s", "version": 1, "name": "测试事项", "itemType": "LICENCE",
         "category": "%s", "leadDepartment": "WJ", "coDepartments": %s, %s
         "legalDays": 20, "promisedDays": 10, "onlineDepth": 4, "processKey": "%s", "free": true,
         "legalBasis": [{"law": "《行政许可法》", "article": "第十二条", "text": "……"}],
         "conditions": ["已取得营业执照"], "procedure": [{"step": "申请"}],
         "materials": [{"id": "M1", "name": "申请书", "required": true, "originals": 1}],
         "location": "中心", "hours": "工作日", "complaintChannel": "12345",
         "form": {"fields": []}}
        """.formatted(code, category, coDepartments, extra, processKey);
  }
}
