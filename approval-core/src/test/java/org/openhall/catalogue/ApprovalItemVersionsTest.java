package org.openhall.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.kernel.DomainException;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;

@CatalogueDataTest
class ApprovalItemVersionsTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

  @Autowired
  CatalogueAdministration admin;

  @Autowired
  Catalogue catalogue;

  @Autowired
  Departments departments;

  @BeforeEach
  void departments() {
    CatalogueFixture.departments(departments);
  }

  @Test
  void aNewItemStartsAsADraftThatCannotBeAppliedFor() {
    ItemVersion draft = admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence());

    assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);
    assertThat(draft.version()).isEqualTo(1);
    assertThatThrownBy(() -> catalogue.published("SCJG-101"))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("ITEM_NOT_FOUND"));
  }

  @Test
  void publishingADraftMakesItTheVersionToApplyFor() {
    ItemVersion draft = admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence());

    admin.publish(draft.id());

    ItemVersion published = catalogue.published("SCJG-101");
    assertThat(published.id()).isEqualTo(draft.id());
    assertThat(published.validFrom()).isEqualTo(TODAY);
    assertThat(published.publishedAt()).isEqualTo(CatalogueDataTest.Context.NOW);
  }

  @Test
  void onlyDraftsArePublished() {
    ItemVersion v1 = admin.publish(admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()).id());

    assertThatThrownBy(() -> admin.publish(v1.id()))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("ITEM_NOT_DRAFT");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        });
  }

  @Test
  void aPublishedVersionNeverChanges() {
    ItemVersion v1 = admin.publish(admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()).id());

    assertThatThrownBy(() -> admin.revise(v1.id(),
        CatalogueFixture.renamed(CatalogueFixture.foodBusinessLicence(), "改过的名称")))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("ITEM_NOT_DRAFT"));
    assertThat(catalogue.version(v1.id()).name()).isEqualTo("食品经营许可（新办）");
  }

  @Test
  void editingAPublishedVersionStartsANewDraftCopy() {
    ItemVersion v1 = admin.publish(admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()).id());

    ItemVersion v2 = admin.draftOf("SCJG-101");
    admin.revise(v2.id(), CatalogueFixture.renamed(v2.content(), "食品经营许可（新办，2025版）"));

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.id()).isNotEqualTo(v1.id());
    assertThat(v2.guide()).isEqualTo(v1.guide());
    assertThat(catalogue.published("SCJG-101").name()).isEqualTo("食品经营许可（新办）");
    assertThat(admin.draftOf("SCJG-101").id()).as("the open draft is reused").isEqualTo(v2.id());
  }

  @Test
  void aNewPublishedVersionSupersedesTheOldOne() {
    ItemVersion v1 = admin.publish(admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()).id());
    ItemVersion v2 = admin.draftOf("SCJG-101");
    admin.revise(v2.id(), CatalogueFixture.renamed(v2.content(), "食品经营许可（2025版）"));

    admin.publish(v2.id());

    assertThat(catalogue.published("SCJG-101").version()).isEqualTo(2);
    ItemVersion old = catalogue.version(v1.id());
    assertThat(old.status()).isEqualTo(ItemStatus.RETIRED);
    assertThat(old.validUntil()).isEqualTo(TODAY);
    assertThat(admin.item("SCJG-101").versions()).extracting(ItemVersion::status)
        .containsExactly(ItemStatus.PUBLISHED, ItemStatus.RETIRED);
  }

  @Test
  void aCaseKeepsTheVersionItWasFiledUnder() {
    ItemVersion v1 = admin.publish(admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()).id());
    String pinned = v1.id();
    ItemVersion v2 = admin.draftOf("SCJG-101");
    admin.revise(v2.id(), CatalogueFixture.renamed(v2.content(), "食品经营许可（2025版）"));
    admin.publish(v2.id());

    ItemVersion seenByTheCase = catalogue.version(pinned);

    assertThat(seenByTheCase.version()).isEqualTo(1);
    assertThat(seenByTheCase.name()).isEqualTo("食品经营许可（新办）");
    assertThat(seenByTheCase.requirement("M1")).isPresent();
  }

  @Test
  void retiringTakesTheItemOffTheCatalogue() {
    ItemVersion v1 = admin.publish(admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()).id());

    admin.retire(v1.id());

    assertThat(catalogue.version(v1.id()).validUntil()).isEqualTo(TODAY);
    assertThatThrownBy(() -> catalogue.published("SCJG-101")).isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> admin.retire(v1.id()))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("ITEM_NOT_PUBLISHED"));
  }

  @Test
  void aDraftIsRetiredNeverButMayBeDiscarded() {
    ItemVersion draft = admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence());

    assertThatThrownBy(() -> admin.retire(draft.id())).isInstanceOf(DomainException.class);
    admin.discard(draft.id());

    assertThatThrownBy(() -> admin.item("SCJG-101"))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("ITEM_NOT_FOUND"));
  }

  @Test
  void anItemCodeIsTakenOnlyOnceAndFollowsTheCodeRules() {
    admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence());

    assertThatThrownBy(() -> admin.create("SCJG-101", CatalogueFixture.foodBusinessLicence()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .extracting(DomainException.Violation::code).containsExactly("ITEM_CODE_TAKEN"));
    assertThatThrownBy(() -> admin.create("scjg 1", CatalogueFixture.foodBusinessLicence()))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
            .extracting(DomainException.Violation::code).containsExactly("ITEM_CODE_INVALID"));
  }
}
