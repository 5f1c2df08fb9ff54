package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhall.catalogue.ServiceGuide.Fee;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.kernel.DomainException.Violation;

class PublicationPolicyTest {

  private static final Set<String> DEPARTMENTS = Set.of("SCJG", "GA", "WJ");
  private static final DeployedProcesses ONLY_PROMISED = "PromisedApproval"::equals;
  private static final DeployedProcesses ALL_FOUR =
      Set.of("InstantApproval", "PromisedApproval", "JointApproval", "Filing")::contains;

  @Test
  void aCompleteItemPasses() {
    assertThat(codes(CatalogueFixture.foodBusinessLicence())).isEmpty();
    assertThat(codes(CatalogueFixture.identityCardRenewal())).isEmpty();
    assertThat(codes(CatalogueFixture.restaurantOpening())).isEmpty();
  }

  @Test
  void refusesCatchAllConditionsButNotOrdinaryUsesOfTheWordOther() {
    assertThat(PublicationPolicy.catchAll("法律、法规规定的其他条件")).isTrue();
    assertThat(PublicationPolicy.catchAll("有关部门要求的其它材料")).isTrue();
    assertThat(PublicationPolicy.catchAll("Other conditions set by the office")).isTrue();
    assertThat(PublicationPolicy.catchAll("与有毒、有害场所以及其他污染源保持规定的距离")).isFalse();
  }

  @Test
  void refusesFeesWithoutALegalBasisAndUnstatedFees() {
    ItemContent noBasis = withGuide(CatalogueFixture.guide(
        List.of(new Fee("工本费", new BigDecimal("20"), " ")), false));
    ItemContent unstated = withGuide(CatalogueFixture.guide(List.of(), false));
    ItemContent both = withGuide(CatalogueFixture.guide(
        List.of(new Fee("工本费", new BigDecimal("20"), "发改价格〔2003〕2322号")), true));

    assertThat(codes(noBasis)).containsExactly("ITEM_FEE_WITHOUT_BASIS");
    assertThat(codes(unstated)).containsExactly("ITEM_FEES_UNSTATED");
    assertThat(codes(both)).containsExactly("ITEM_FEES_AND_FREE");
  }

  @Test
  void refusesAPaymentStepOnAnItemWithoutFees() {
    ServiceGuide free = CatalogueFixture.guide(List.of(), true);
    ServiceGuide charged = CatalogueFixture.guide(
        List.of(new Fee("不动产登记费", new BigDecimal("80"), "发改价格规〔2016〕2559号")), false);

    assertThat(codes(withGuide(withPayment(free)))).containsExactly("ITEM_PAYMENT_WITHOUT_FEES");
    assertThat(codes(withGuide(withPayment(charged)))).isEmpty();
    assertThat(withPayment(charged).feeTotalFen()).isEqualTo(8000L);
  }

  @Test
  void refusesAPaymentStepOnAnInstantItem() {
    ServiceGuide charged = withPayment(CatalogueFixture.guide(
        List.of(new Fee("工本费", new BigDecimal("20"), "发改价格〔2003〕2322号")), false));
    ItemContent promised = withGuide(charged);
    ItemContent instant = new ItemContent(promised.name(), promised.itemType(), ItemCategory.INSTANT,
        promised.leadDepartment(), promised.legalDays(), promised.promisedDays(), promised.maxExtensionDays(),
        promised.onlineDepth(), ItemCategory.INSTANT.processKey(), charged, promised.form(),
        promised.licenceValidity());

    assertThat(codes(instant)).contains("ITEM_PAYMENT_NOT_FOR_CATEGORY");
  }

  private static ServiceGuide withPayment(ServiceGuide g) {
    return new ServiceGuide(g.legalBasis(), g.conditions(), g.procedure(), g.materials(), g.fees(), g.free(),
        g.coDepartments(), g.licenceTitle(), g.visits(), g.location(), g.hours(), g.complaintChannel(),
        PaymentDue.BEFORE_ISSUE);
  }

  @Test
  void refusesAnEmptyGuideWithEveryMissingDisclosure() {
    ItemContent empty = new ItemContent("空事项", ItemType.LICENCE, ItemCategory.JOINT, "SCJG",
        5, 3, null, 0, "JointApproval", null, null);

    assertThat(codes(empty)).containsExactlyInAnyOrder("ITEM_JOINT_WITHOUT_CO_DEPARTMENTS",
        "ITEM_ONLINE_DEPTH_INVALID", "ITEM_LEGAL_BASIS_MISSING", "ITEM_CONDITIONS_MISSING",
        "ITEM_PROCEDURE_MISSING", "ITEM_MATERIALS_MISSING", "ITEM_FEES_UNSTATED",
        "ITEM_LOCATION_MISSING", "ITEM_HOURS_MISSING", "ITEM_COMPLAINT_CHANNEL_MISSING");
  }

  @Test
  void refusesDeferrableOptionalMaterialsAndRepeatedIds() {
    ServiceGuide g = CatalogueFixture.guide(List.of(), true);
    ServiceGuide bad = new ServiceGuide(g.legalBasis(), g.conditions(), g.procedure(), List.of(
        new RequiredMaterial("M1", "申请书", false, true, 1, 0, null, null),
        new RequiredMaterial("M1", "其他材料", true, false, -1, 0, null, null)),
        g.fees(), g.free(), g.coDepartments(), g.licenceTitle(), g.visits(), g.location(),
        g.hours(), g.complaintChannel());

    assertThat(codes(withGuide(bad))).containsExactlyInAnyOrder(
        "ITEM_MATERIAL_DEFERRABLE_NOT_REQUIRED", "ITEM_MATERIAL_DUPLICATE_ID",
        "ITEM_MATERIAL_CATCH_ALL", "ITEM_MATERIAL_COUNT_INVALID");
  }

  @Test
  void aMaterialMayAcceptALicenceOfAnItemNamedByAValidCode() {
    ServiceGuide g = CatalogueFixture.guide(List.of(), true);
    ServiceGuide licences = new ServiceGuide(g.legalBasis(), g.conditions(), g.procedure(), List.of(
        new RequiredMaterial("M1", "申请书", true, false, 1, 0, null, null),
        new RequiredMaterial("M2", "营业执照", true, false, 0, 1, null, null, null, null, "SCJG-003"),
        new RequiredMaterial("M3", "卫生许可证", false, false, 0, 1, null, null, null, null, "scjg 3")),
        g.fees(), g.free(), g.coDepartments(), g.licenceTitle(), g.visits(), g.location(),
        g.hours(), g.complaintChannel());

    assertThat(problems(withGuide(licences))).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("ITEM_MATERIAL_LICENCE_ITEM_INVALID");
          assertThat(v.field()).isEqualTo("materials[2].licenceItemCode");
        });
  }

  @Test
  void anImportIsNotAskedForDeployedProcesses() {
    ItemContent instant = CatalogueFixture.as(CatalogueFixture.foodBusinessLicence(),
        ItemCategory.INSTANT, "InstantApproval");

    assertThat(PublicationPolicy.problems("X-1", instant, DEPARTMENTS, null)).isEmpty();
    assertThat(PublicationPolicy.problems("X-1", instant, DEPARTMENTS, ONLY_PROMISED))
        .extracting(Violation::code).containsExactly("ITEM_PROCESS_NOT_DEPLOYED");
  }

  @ParameterizedTest
  @EnumSource(ItemCategory.class)
  void acceptsEachCategoryWithItsOwnProcess(ItemCategory category) {
    ItemContent c = CatalogueFixture.as(CatalogueFixture.restaurantOpening(), category,
        category.processKey());
    if (category != ItemCategory.JOINT) {
      c = CatalogueFixture.withCoDepartments(c, List.of());
    }

    assertThat(codes(c)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ItemCategory.class)
  void refusesEveryOtherProcessForACategoryNamingTheOneItNeeds(ItemCategory category) {
    for (ItemCategory other : ItemCategory.values()) {
      if (other == category) {
        continue;
      }
      ItemContent c = CatalogueFixture.as(CatalogueFixture.restaurantOpening(), category,
          other.processKey());
      if (category != ItemCategory.JOINT) {
        c = CatalogueFixture.withCoDepartments(c, List.of());
      }

      assertThat(problems(c)).as(category + " running " + other.processKey())
          .containsExactly(new Violation("processKey", "ITEM_PROCESS_NOT_FOR_CATEGORY",
              List.of("X-1", category.name(), other.processKey(), category.processKey())));
    }
  }

  @Test
  void eachCategoryRunsItsOwnProcess() {
    assertThat(ItemCategory.FILING.processKey()).isEqualTo("Filing");
    assertThat(ItemCategory.INSTANT.processKey()).isEqualTo("InstantApproval");
    assertThat(ItemCategory.PROMISED.processKey()).isEqualTo("PromisedApproval");
    assertThat(ItemCategory.JOINT.processKey()).isEqualTo("JointApproval");
  }

  @Test
  void aProcessOfTheWrongCategoryIsNotAlsoReportedAsNotDeployed() {
    ItemContent instantRunningJoint = CatalogueFixture.as(CatalogueFixture.foodBusinessLicence(),
        ItemCategory.INSTANT, "JointApproval");

    assertThat(PublicationPolicy.problems("X-1", instantRunningJoint, DEPARTMENTS, ONLY_PROMISED))
        .extracting(Violation::code).containsExactly("ITEM_PROCESS_NOT_FOR_CATEGORY");
  }

  @Test
  void refusesAJointItemWithoutCoDepartments() {
    ItemContent alone = CatalogueFixture.withCoDepartments(CatalogueFixture.restaurantOpening(),
        List.of());

    assertThat(codes(alone)).containsExactly("ITEM_JOINT_WITHOUT_CO_DEPARTMENTS");
  }

  @ParameterizedTest
  @EnumSource(value = ItemCategory.class, names = "JOINT", mode = EnumSource.Mode.EXCLUDE)
  void refusesCoDepartmentsOnAnItemThatIsNotJoint(ItemCategory category) {
    ItemContent c = CatalogueFixture.as(CatalogueFixture.restaurantOpening(), category,
        category.processKey());
    ItemContent two = CatalogueFixture.withCoDepartments(c, List.of("GA", "WJ"));

    assertThat(problems(c)).containsExactly(new Violation("coDepartments",
        "ITEM_CO_DEPARTMENTS_NOT_JOINT", List.of("X-1", category.name(), "GA")));
    assertThat(problems(two)).extracting(Violation::args)
        .containsExactly(List.of("X-1", category.name(), "GA, WJ"));
  }

  @Test
  void aStatedExtensionLimitWithinTheLawPasses() {
    assertThat(codes(CatalogueFixture.foodBusinessLicence().withMaxExtensionDays(1))).isEmpty();
    assertThat(codes(CatalogueFixture.foodBusinessLicence().withMaxExtensionDays(10))).isEmpty();
    assertThat(codes(CatalogueFixture.restaurantOpening().withMaxExtensionDays(15))).isEmpty();
  }

  @Test
  void refusesAnExtensionLimitBeyondTheLegalMaximumOfTheCategory() {
    assertThat(problems(CatalogueFixture.foodBusinessLicence().withMaxExtensionDays(11)))
        .containsExactly(new Violation("maxExtensionDays", "ITEM_MAX_EXTENSION_EXCEEDS_LAW",
            List.of("X-1", 11, 10)));
    assertThat(problems(CatalogueFixture.restaurantOpening().withMaxExtensionDays(16)))
        .containsExactly(new Violation("maxExtensionDays", "ITEM_MAX_EXTENSION_EXCEEDS_LAW",
            List.of("X-1", 16, 15)));
  }

  @Test
  void refusesAnExtensionLimitBelowOneWorkingDay() {
    assertThat(problems(CatalogueFixture.foodBusinessLicence().withMaxExtensionDays(0)))
        .containsExactly(new Violation("maxExtensionDays", "ITEM_MAX_EXTENSION_TOO_SHORT",
            List.of("X-1", 0)));
    assertThat(codes(CatalogueFixture.restaurantOpening().withMaxExtensionDays(-3)))
        .containsExactly("ITEM_MAX_EXTENSION_TOO_SHORT");
  }

  @Test
  void refusesALicenceValidityWithoutTheValueItsKindNeeds() {
    assertThat(problems(CatalogueFixture.foodBusinessLicence()
        .withLicenceValidity(new LicenceValidity(LicenceValidity.Kind.YEARS, null, null))))
        .containsExactly(new Violation("licenceValidity", "ITEM_LICENCE_VALIDITY_INVALID",
            List.of("X-1", "YEARS")));
    assertThat(codes(CatalogueFixture.foodBusinessLicence()
        .withLicenceValidity(new LicenceValidity(LicenceValidity.Kind.YEARS, 0, null))))
        .containsExactly("ITEM_LICENCE_VALIDITY_INVALID");
    assertThat(codes(CatalogueFixture.foodBusinessLicence()
        .withLicenceValidity(new LicenceValidity(LicenceValidity.Kind.UNTIL, null, null))))
        .containsExactly("ITEM_LICENCE_VALIDITY_INVALID");
    assertThat(codes(CatalogueFixture.foodBusinessLicence()
        .withLicenceValidity(new LicenceValidity(null, 5, null))))
        .containsExactly("ITEM_LICENCE_VALIDITY_INVALID");
    assertThat(problems(CatalogueFixture.foodBusinessLicence()
        .withLicenceValidity(LicenceValidity.years(5)))).isEmpty();
  }

  private static ItemContent withGuide(ServiceGuide guide) {
    ItemContent c = CatalogueFixture.foodBusinessLicence();
    return new ItemContent(c.name(), c.itemType(), c.category(), c.leadDepartment(),
        c.legalDays(), c.promisedDays(), c.maxExtensionDays(), c.onlineDepth(), c.processKey(),
        guide, c.form());
  }

  private static List<Violation> problems(ItemContent content) {
    return PublicationPolicy.problems("X-1", content, DEPARTMENTS, ALL_FOUR);
  }

  private static List<String> codes(ItemContent content) {
    return problems(content).stream().map(Violation::code).toList();
  }
}
