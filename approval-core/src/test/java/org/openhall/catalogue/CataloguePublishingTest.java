package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

@CatalogueDataTest
class CataloguePublishingTest {

  @Autowired
  CatalogueAdministration admin;

  @Autowired
  Catalogue catalogue;

  @Autowired
  Departments departments;

  @Autowired
  TestEntityManager entities;

  @BeforeEach
  void departments() {
    CatalogueFixture.departments(departments);
  }

  @Test
  void refusesToPublishWhenTheProcessIsNotDeployed() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.as(
        CatalogueFixture.foodBusinessLicence(), ItemCategory.INSTANT, "InstantApproval"));

    assertThat(refusals(draft)).containsExactly("ITEM_PROCESS_NOT_DEPLOYED");
  }

  @Test
  void refusesToPublishAnItemWhoseProcessIsNotTheOneOfItsCategory() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.as(
        CatalogueFixture.foodBusinessLicence(), ItemCategory.INSTANT, "PromisedApproval"));

    assertThatThrownBy(() -> admin.publish(draft.id()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("processKey", "ITEM_PROCESS_NOT_FOR_CATEGORY",
                List.of("SCJG-201", "INSTANT", "PromisedApproval", "InstantApproval"))));
    assertThat(admin.version(draft.id()).status()).isEqualTo(ItemStatus.DRAFT);
  }

  @Test
  void refusesToPublishAPromisedItemWithCoDepartments() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.withCoDepartments(
        CatalogueFixture.foodBusinessLicence(), List.of("GA")));

    assertThat(refusals(draft)).containsExactly("ITEM_CO_DEPARTMENTS_NOT_JOINT");
  }

  @Test
  void refusesToPublishAnExtensionLimitBeyondTheLaw() {
    ItemVersion draft = admin.create("SCJG-201",
        CatalogueFixture.foodBusinessLicence().withMaxExtensionDays(12));

    assertThat(refusals(draft)).containsExactly("ITEM_MAX_EXTENSION_EXCEEDS_LAW");
  }

  @Test
  void aVersionStatingNoExtensionLimitGrantsTheLegalMaximumOfItsCategory() {
    ItemVersion promised = admin.publish(
        admin.create("SCJG-201", CatalogueFixture.foodBusinessLicence()).id());
    ItemVersion joint = admin.create("SCJG-202", CatalogueFixture.restaurantOpening());
    entities.flush();
    entities.clear();

    assertThat(catalogue.version(promised.id()).maxExtensionDays()).isEqualTo(10);
    assertThat(catalogue.version(promised.id()).content().maxExtensionDays()).isNull();
    assertThat(catalogue.version(joint.id()).maxExtensionDays()).isEqualTo(15);
  }

  @Test
  void aVersionKeepsTheExtensionLimitItStates() {
    ItemVersion draft = admin.create("SCJG-201",
        CatalogueFixture.foodBusinessLicence().withMaxExtensionDays(5));
    admin.publish(draft.id());
    entities.flush();
    entities.clear();

    ItemVersion published = catalogue.published("SCJG-201");
    assertThat(published.maxExtensionDays()).isEqualTo(5);
    assertThat(published.content().maxExtensionDays()).isEqualTo(5);
    assertThat(admin.draftOf("SCJG-201").maxExtensionDays()).as("the next draft copies it")
        .isEqualTo(5);
  }

  @Test
  void refusesToPublishWhenTheFormRulesAreInconsistent() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.with(
        CatalogueFixture.foodBusinessLicence(), "PromisedApproval", 10, 5,
        CatalogueFixture.inconsistentForm()));

    assertThat(refusals(draft)).containsExactly("FORM_SHOW_WHEN_UNKNOWN_FIELD");
  }

  @Test
  void refusesToPublishWhenThePromiseExceedsTheLegalTimeLimit() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.with(
        CatalogueFixture.foodBusinessLicence(), "PromisedApproval", 10, 12,
        CatalogueFixture.form()));

    assertThat(refusals(draft)).containsExactly("ITEM_PROMISE_EXCEEDS_LAW");
  }

  @Test
  void listsEveryReasonTogetherAndLeavesTheDraftUnpublished() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.with(
        CatalogueFixture.foodBusinessLicence(), "NotDeployed", 10, 12,
        CatalogueFixture.inconsistentForm()));

    assertThatThrownBy(() -> admin.publish(draft.id()))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("ITEM_NOT_PUBLISHABLE");
          assertThat(e.args()).containsExactly("SCJG-201", 1, 3);
          assertThat(e.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
              "ITEM_PROCESS_NOT_FOR_CATEGORY", "FORM_SHOW_WHEN_UNKNOWN_FIELD",
              "ITEM_PROMISE_EXCEEDS_LAW");
        });
    assertThat(admin.version(draft.id()).status()).isEqualTo(ItemStatus.DRAFT);
    assertThat(admin.publicationProblems(draft.id())).hasSize(3);
  }

  @Test
  void aCompleteDraftHasNoPublicationProblems() {
    ItemVersion draft = admin.create("GA-201", CatalogueFixture.identityCardRenewal());

    assertThat(admin.publicationProblems(draft.id())).isEmpty();
  }

  @Test
  void attachesABlankFormJudgedByItsBytesAndOffersItForDownloadOncePublished() throws IOException {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.foodBusinessLicence());
    byte[] pdf = pdf();

    admin.attach(draft.id(), "M1", GuideFile.Kind.BLANK_FORM, "申请书（空白）.pdf", pdf);
    admin.attach(draft.id(), "M1", GuideFile.Kind.SAMPLE, "申请书（样本）.pdf", pdf);
    admin.publish(draft.id());

    GuideFile blank = catalogue.published("SCJG-201").requirement("M1").orElseThrow().blankForm();
    assertThat(blank.mediaType()).isEqualTo("application/pdf");
    assertThat(blank.fileName()).isEqualTo("申请书（空白）.pdf");
    Catalogue.Download download = catalogue.publishedFile("SCJG-201", blank.sha256());
    assertThat(download.bytes()).isEqualTo(pdf);
    assertThatThrownBy(() -> catalogue.publishedFile("SCJG-201", "0".repeat(64)))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("GUIDE_FILE_NOT_FOUND"));
  }

  @Test
  void refusesAFileThatIsNotPdfWordOrExcelWhateverItsName() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.foodBusinessLicence());

    assertThatThrownBy(() -> admin.attach(draft.id(), "M1", GuideFile.Kind.BLANK_FORM,
        "申请书.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("GUIDE_FILE_TYPE_NOT_ALLOWED");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.UNSUPPORTED_MEDIA);
        });
    assertThatThrownBy(() -> admin.attach(draft.id(), "M1", GuideFile.Kind.BLANK_FORM,
        "empty.pdf", new byte[0]))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("GUIDE_FILE_EMPTY"));
  }

  @Test
  void aDraftCannotReferToAFileThatIsNotStored() {
    ItemVersion draft = admin.create("SCJG-201", CatalogueFixture.foodBusinessLicence());
    ServiceGuide g = draft.guide();
    ServiceGuide pointingNowhere = g.withMaterial(g.materials().get(0).withFile(
        GuideFile.Kind.SAMPLE, new GuideFile("f".repeat(64), "样本.pdf", "application/pdf", 9)));
    ItemContent c = draft.content();

    assertThatThrownBy(() -> admin.revise(draft.id(), new ItemContent(c.name(), c.itemType(),
        c.category(), c.leadDepartment(), c.legalDays(), c.promisedDays(), c.maxExtensionDays(),
        c.onlineDepth(), c.processKey(), pointingNowhere, c.form())))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .extracting(Violation::code).containsExactly("CATALOGUE_FILE_MISSING"));
  }

  private List<String> refusals(ItemVersion draft) {
    try {
      admin.publish(draft.id());
    } catch (DomainException e) {
      assertThat(e.code()).isEqualTo("ITEM_NOT_PUBLISHABLE");
      return e.violations().stream().map(Violation::code).toList();
    }
    throw new AssertionError("published although it should not be");
  }

  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }
}
