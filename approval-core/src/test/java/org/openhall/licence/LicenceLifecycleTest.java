package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.casefile.Applicant;
import org.openhall.casefile.LicenceAction;
import org.openhall.identity.PartyKind;
import org.openhall.kernel.DomainException;

/** The licence's lifecycle rules: revocation, expiry, and who may change, renew or cancel it and when. */
class LicenceLifecycleTest {

  private static final String ITEM = "SCJG-001";
  /** Valid until 2031-11-23: a renewal is filed by 2031-10-24 (30 days before) at the latest. */
  private static final LocalDate END = LocalDate.of(2031, 11, 23);
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 24);
  private static final Applicant HOLDER = new Applicant("acc-holder", Samples.PLAIN_HOLDER, PartyKind.ENTITY,
      Samples.CREDIT_CODE, "13812345678");
  private static final Applicant STRANGER = new Applicant("acc-other", "别的公司", PartyKind.ENTITY,
      "91350100M000100Y43", "13900000000");

  @Test
  void revokesWithTheReasonWhoAndWhen() {
    Licence licence = licence(END);
    Instant at = Instant.parse("2027-03-01T02:00:00Z");
    licence.revoke(RevocationKind.PENALTY, "  超范围经营，情节严重 ", "demo-scjg-approver", at,
        LocalDate.of(2027, 3, 1));

    assertThat(licence.statusOn(LocalDate.of(2027, 3, 1))).isEqualTo(LicenceStatus.REVOKED);
    assertThat(licence.statusOn(END.plusDays(1))).as("revoked stays revoked after its end date")
        .isEqualTo(LicenceStatus.REVOKED);
    assertThat(licence.revocationReason()).contains("超范围经营，情节严重");
    assertThat(licence.revocationKind()).contains(RevocationKind.PENALTY);
    assertThat(licence.revokedBy()).contains("demo-scjg-approver");
    assertThat(licence.revokedAt()).contains(at);
    assertThat(licence.endedOn()).contains(LocalDate.of(2027, 3, 1));
  }

  @Test
  void refusesARevocationWithoutAReasonOrOfARevokedLicence() {
    Licence licence = licence(END);
    assertThatThrownBy(() -> licence.revoke(RevocationKind.ANNULMENT, "  ", "a", Instant.EPOCH, ISSUED))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("REVOCATION_REASON_MISSING");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        });
    assertThatThrownBy(() -> licence.revoke(RevocationKind.ANNULMENT, "理".repeat(501), "a", Instant.EPOCH, ISSUED))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("REVOCATION_REASON_TOO_LONG"));
    assertThat(licence.statusOn(ISSUED)).isEqualTo(LicenceStatus.VALID);

    licence.revoke(RevocationKind.ANNULMENT, "以欺骗手段取得", "a", Instant.EPOCH, ISSUED);
    assertThatThrownBy(() -> licence.revoke(RevocationKind.PENALTY, "再次", "a", Instant.EPOCH, ISSUED))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LICENCE_REVOKED"));
  }

  @Test
  void expiresTheDayAfterItsLastDay() {
    Licence licence = licence(END);
    assertThat(licence.statusOn(END)).isEqualTo(LicenceStatus.VALID);
    assertThat(licence.statusOn(END.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
    assertThat(licence(null).statusOn(LocalDate.of(2099, 1, 1))).as("long-term").isEqualTo(LicenceStatus.VALID);
  }

  @Test
  void renewalMayBeFiledOnTheDayThirtyDaysBeforeTheEndButNotAfter() {
    LocalDate lastDay = LocalDate.of(2031, 10, 24);
    assertThat(HeldLicencePolicy.lastRenewalFilingDay(END)).isEqualTo(lastDay);
    assertThatNoException().isThrownBy(() -> HeldLicencePolicy.check(licence(END), HOLDER, HOLDER, ITEM,
        LicenceAction.RENEWAL, lastDay));
    assertThatThrownBy(() -> HeldLicencePolicy.check(licence(END), HOLDER, HOLDER, ITEM, LicenceAction.RENEWAL,
        lastDay.plusDays(1)))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("RENEWAL_TOO_LATE");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
          assertThat(e.args()).containsExactly(licence(END).licenceNumber(), END, lastDay);
        });
    assertThatNoException().as("a change has no window").isThrownBy(() -> HeldLicencePolicy.check(licence(END),
        HOLDER, HOLDER, ITEM, LicenceAction.CHANGE, lastDay.plusDays(1)));
  }

  @Test
  void aLongTermLicenceIsNeverRenewed() {
    assertThatThrownBy(() -> HeldLicencePolicy.check(licence(null), HOLDER, HOLDER, ITEM, LicenceAction.RENEWAL,
        ISSUED))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LICENCE_LONG_TERM"));
  }

  @Test
  void nothingIsAppliedForOnAnExpiredRevokedSupersededOrCancelledLicence() {
    assertThat(refusal(licence(END), LicenceAction.CHANGE, END.plusDays(1))).isEqualTo("LICENCE_EXPIRED");
    Licence revoked = licence(END);
    revoked.revoke(RevocationKind.ANNULMENT, "以欺骗手段取得", "a", Instant.EPOCH, ISSUED);
    assertThat(refusal(revoked, LicenceAction.CANCELLATION, ISSUED)).isEqualTo("LICENCE_REVOKED");
    Licence superseded = licence(END);
    superseded.supersede("SCJG-001-2027-000002", ISSUED);
    assertThat(refusal(superseded, LicenceAction.RENEWAL, ISSUED)).isEqualTo("LICENCE_SUPERSEDED");
    Licence cancelled = licence(END);
    cancelled.cancel("2027010100001", ISSUED);
    assertThat(refusal(cancelled, LicenceAction.CHANGE, ISSUED)).isEqualTo("LICENCE_CANCELLED");
  }

  @Test
  void onlyTheHolderMayApplyAndAStrangerIsToldThereIsNoSuchLicence() {
    assertThatThrownBy(() -> HeldLicencePolicy.check(licence(END), HOLDER, STRANGER, ITEM, LicenceAction.CHANGE,
        ISSUED))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("HELD_LICENCE_NOT_FOUND");
          assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        });
    Applicant sameEntityOtherAccount = new Applicant("acc-2", HOLDER.name(), PartyKind.ENTITY,
        Samples.CREDIT_CODE.toLowerCase(), null);
    assertThatNoException().as("the same entity by its credit code").isThrownBy(() -> HeldLicencePolicy.check(
        licence(END), HOLDER, sameEntityOtherAccount, ITEM, LicenceAction.CHANGE, ISSUED));
  }

  @Test
  void aLicenceIsChangedUnderItsOwnItemOnly() {
    assertThatThrownBy(() -> HeldLicencePolicy.check(licence(END), HOLDER, HOLDER, "SCJG-002",
        LicenceAction.CHANGE, ISSUED))
        .isInstanceOfSatisfying(DomainException.class,
            e -> assertThat(e.code()).isEqualTo("LICENCE_OF_ANOTHER_ITEM"));
  }

  @Test
  void theNextVersionRecordsWhatItReplaces() {
    Licence old = licence(END);
    Licence next = licence(END.plusYears(5));
    next.replaces(old.licenceNumber());
    old.supersede("SCJG-001-2031-000001", LocalDate.of(2031, 10, 1));
    assertThat(old.statusOn(LocalDate.of(2031, 10, 1))).isEqualTo(LicenceStatus.SUPERSEDED);
    assertThat(old.supersededBy()).contains("SCJG-001-2031-000001");
    assertThat(next.supersedes()).contains(old.licenceNumber());
  }

  @Test
  void aRenewalApprovedBeforeTheEndIsStillIssuedTheDayAfterButNothingReplacesARevokedLicence() {
    Licence expiredMeanwhile = licence(END);
    expiredMeanwhile.supersede("SCJG-001-2031-000009", END.plusDays(1));
    assertThat(expiredMeanwhile.statusOn(END.plusDays(1))).isEqualTo(LicenceStatus.SUPERSEDED);

    Licence revoked = licence(END);
    revoked.revoke(RevocationKind.PENALTY, "违法经营", "a", Instant.EPOCH, ISSUED);
    assertThatThrownBy(() -> revoked.supersede("SCJG-001-2031-000010", ISSUED))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LICENCE_REVOKED"));
    assertThatThrownBy(() -> revoked.cancel("2027010100002", ISSUED))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LICENCE_REVOKED"));
  }

  private static String refusal(Licence licence, LicenceAction action, LocalDate today) {
    try {
      HeldLicencePolicy.check(licence, HOLDER, HOLDER, ITEM, action, today);
    } catch (DomainException e) {
      return e.code();
    }
    throw new AssertionError("no refusal");
  }

  private static Licence licence(LocalDate validUntil) {
    LicenceDocument d = Samples.foodLicence(Samples.PLAIN_HOLDER);
    LicenceDocument document = new LicenceDocument(d.licenceNumber(), d.verificationCode(), d.holderName(),
        d.holderId(), d.itemName(), d.licenceTitle(), List.of(), d.issuingDepartment(), ISSUED, validUntil,
        d.verifyUrl());
    return new Licence(document, "9111**********8XQ3X", "2026112400001", ITEM, "0".repeat(64),
        Instant.parse("2026-11-24T02:00:00Z"));
  }
}
