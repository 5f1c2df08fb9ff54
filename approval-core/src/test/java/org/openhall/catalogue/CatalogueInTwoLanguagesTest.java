package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.CatalogueExchange.ImportResult;
import org.openhall.catalogue.ServiceGuide.Fee;
import org.openhall.catalogue.ServiceGuide.LegalBasis;
import org.openhall.catalogue.ServiceGuide.ProcedureStep;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldOption;
import org.openhall.catalogue.form.FieldType;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.catalogue.form.FormField;
import org.openhall.kernel.DomainException;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;

/** ADR 0025: the catalogue's English texts travel with it and never change what was published. */
@CatalogueDataTest
class CatalogueInTwoLanguagesTest {

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
  void catalogue() {
    CatalogueFixture.departments(departments);
  }

  @Test
  void theEnglishTextsTravelInTheExchangeFileAndComeBack() throws Exception {
    departments.findById("SCJG").orElseThrow().translateIfMissing("Market Regulation Bureau");
    departments.flush();
    admin.publish(admin.create("SCJG-009", translated()).id());
    byte[] exported = exchange.exportJson();
    var json = JsonColumns.MAPPER.readTree(exported);
    versions.deleteAll();
    departments.deleteAll();
    versions.flush();

    exchange.importJson(exported);

    var item = json.path("items").get(0);
    assertThat(item.path("nameEn").asText()).isEqualTo("Food Business Licence (new)");
    assertThat(item.path("materials").get(0).path("nameEn").asText())
        .isEqualTo("Application for a food business licence");
    assertThat(item.path("form").path("fields").get(0).path("options").get(0).path("labelEn")
        .asText()).isEqualTo("Sale of bulk food");
    assertThat(json.path("departments").findValuesAsText("nameEn"))
        .contains("Market Regulation Bureau");
    ItemVersion v = catalogue.published("SCJG-009");
    assertThat(v.nameIn(Locale.ENGLISH).text()).isEqualTo("Food Business Licence (new)");
    assertThat(v.nameIn(Locale.CHINA).text()).isEqualTo("食品经营许可（新办）");
    ServiceGuide g = v.guide();
    assertThat(g.materials().get(0).nameIn(Locale.ENGLISH).text())
        .isEqualTo("Application for a food business licence");
    assertThat(g.procedure().get(0).stepIn(Locale.ENGLISH).text()).isEqualTo("Application");
    assertThat(g.procedure().get(0).descriptionIn(Locale.ENGLISH))
        .isEqualTo(new org.openhall.kernel.LocalizedText("在线填报", true));
    assertThat(g.legalBasis().get(0).titleIn(Locale.ENGLISH).text())
        .isEqualTo("Food Safety Law of the People's Republic of China, Article 35");
    assertThat(g.conditionIn(0, Locale.ENGLISH).text()).isEqualTo("Holds a business licence");
    assertThat(g.fees().get(0).nameIn(Locale.ENGLISH).text()).isEqualTo("Certificate fee");
    assertThat(v.form().fields().get(0).labelIn(Locale.ENGLISH).text()).isEqualTo("Business activity");
    assertThat(v.form().fields().get(0).valueLabelIn("BULK", Locale.ENGLISH).text())
        .isEqualTo("Sale of bulk food");
    assertThat(catalogue.departmentNameIn("SCJG", Locale.ENGLISH).text())
        .isEqualTo("Market Regulation Bureau");
  }

  @Test
  void aFileThatOnlyAddsEnglishToAPublishedVersionTranslatesItAndChangesNoRule() throws Exception {
    admin.publish(admin.create("SCJG-009", translated().withoutTranslations()).id());
    var json = (ObjectNode) JsonColumns.MAPPER.readTree(exchange.exportJson());
    ((ObjectNode) json.path("items").get(0)).put("nameEn", "Food Business Licence (new)");
    ((ObjectNode) json.path("departments").get(0)).put("nameEn", "Some Bureau");

    ImportResult result = exchange.importJson(JsonColumns.MAPPER.writeValueAsBytes(json));

    assertThat(result.itemsUnchanged()).isEqualTo(1);
    assertThat(result.itemsAdded()).isZero();
    assertThat(catalogue.published("SCJG-009").nameIn(Locale.ENGLISH).text())
        .isEqualTo("Food Business Licence (new)");
    assertThat(catalogue.published("SCJG-009").version()).isEqualTo(1);
    String code = json.path("departments").get(0).path("code").asText();
    assertThat(catalogue.departmentNameEn(code)).isEqualTo("Some Bureau");
  }

  @Test
  void aChangedChineseTextIsStillAChangeOfAPublishedVersion() throws Exception {
    admin.publish(admin.create("SCJG-009", translated()).id());
    var json = (ObjectNode) JsonColumns.MAPPER.readTree(exchange.exportJson());
    ((ObjectNode) json.path("items").get(0)).put("name", "食品经营许可（变更）");

    assertThatThrownBy(() -> exchange.importJson(JsonColumns.MAPPER.writeValueAsBytes(json)))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .extracting(DomainException.Violation::code).containsExactly("CATALOGUE_VERSION_CHANGED"));
  }

  @Test
  void anEditorThatShowsOnlyTheChineseKeepsTheEnglishOfWhatItDidNotChange() {
    ItemContent before = translated();
    ItemContent chineseOnly = before.withoutTranslations();
    ServiceGuide g = chineseOnly.guide();
    ServiceGuide edited = new ServiceGuide(g.legalBasis(), g.conditions(), g.procedure(),
        List.of(g.materials().get(0), new RequiredMaterial("M2", "营业执照", false, false, 0, 1,
            null, null)),
        g.fees(), g.free(), g.coDepartments(), g.licenceTitle(), g.visits(), "市民服务中心二楼",
        g.hours(), g.complaintChannel());
    ItemContent saved = new ItemContent(chineseOnly.name(), chineseOnly.itemType(),
        chineseOnly.category(), "SCJG", chineseOnly.legalDays(), chineseOnly.promisedDays(), null,
        chineseOnly.onlineDepth(), chineseOnly.processKey(), edited, chineseOnly.form())
        .keepingTranslationsOf(before);

    assertThat(saved.nameIn(Locale.ENGLISH).text()).isEqualTo("Food Business Licence (new)");
    assertThat(saved.guide().materials().get(0).nameEn())
        .isEqualTo("Application for a food business licence");
    assertThat(saved.guide().materials().get(1).nameIn(Locale.ENGLISH).fellBack()).isTrue();
    assertThat(saved.guide().locationIn(Locale.ENGLISH).fellBack())
        .as("a changed Chinese text loses its old English").isTrue();
    assertThat(saved.guide().conditionIn(0, Locale.ENGLISH).text()).isEqualTo("Holds a business licence");
    assertThat(saved.form().fields().get(0).options().get(0).labelEn()).isEqualTo("Sale of bulk food");
    assertThat(saved.withoutTranslations()).isEqualTo(new ItemContent(chineseOnly.name(),
        chineseOnly.itemType(), chineseOnly.category(), "SCJG", chineseOnly.legalDays(),
        chineseOnly.promisedDays(), null, chineseOnly.onlineDepth(), chineseOnly.processKey(),
        edited, chineseOnly.form()).withoutTranslations());
  }

  /** The food licence of the fixture with an English text beside each Chinese one. */
  static ItemContent translated() {
    ItemContent food = CatalogueFixture.foodBusinessLicence();
    ServiceGuide g = food.guide();
    RequiredMaterial m1 = g.materials().get(0);
    ServiceGuide guide = new ServiceGuide(
        List.of(new LegalBasis("《中华人民共和国食品安全法》", "第三十五条", "国家对食品生产经营实行许可制度。",
            "Food Safety Law of the People's Republic of China", "Article 35", null)),
        List.of("已取得营业执照"),
        List.of(new ProcedureStep("申请", "在线填报", "Application", null)),
        List.of(new RequiredMaterial(m1.id(), "食品经营许可申请书", true, false, 1, 0, "申请人自备",
            null, null, null, null, "Application for a food business licence",
            "Provided by the applicant", null)),
        List.of(new Fee("证件工本费", new BigDecimal("20"), "发改价格〔2003〕2322号", "Certificate fee", null)),
        null, g.coDepartments(), "食品经营许可证", g.visits(), "市民服务中心", "周一至周五", "12345",
        "Food Business Licence (new)", "Food Business Licence", List.of("Holds a business licence"),
        "Citizen Service Centre", "Monday to Friday", "12345 hotline");
    FormDefinition form = new FormDefinition(List.of(FormField.builder("businessScope", "经营项目",
        FieldType.SELECT).labelEn("Business activity").required()
        .options(List.of(new FieldOption("BULK", "散装食品销售", "Sale of bulk food"))).build()));
    return new ItemContent("食品经营许可（新办）", food.itemType(), food.category(), "SCJG",
        food.legalDays(), food.promisedDays(), food.maxExtensionDays(), food.onlineDepth(),
        food.processKey(), guide, form);
  }
}
