package org.openhall.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.PartyKind;
import org.openhall.identity.Role;
import org.openhall.kernel.DomainException;

class MandateTest {

  private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);
  private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

  private static final Member AGENT = member("agent-1", "李代办", PartyKind.PERSON, "440304198506124562", Role.AGENT);
  private static final Member PRINCIPAL = member("citizen-1", "张明华", PartyKind.PERSON, "110105199003071239",
      Role.APPLICANT);

  @Test
  void allowsNothingUntilThePrincipalConfirms() {
    Mandate m = new Mandate(AGENT, PRINCIPAL, List.of(), FROM, TO, AT);
    assertThat(m.statusOn(FROM)).isEqualTo(MandateStatus.PENDING_CONFIRMATION);
    assertThat(m.allowsFiling("agent-1", "SCJG-001", FROM)).isFalse();
    m.confirm(FROM, AT);
    assertThat(m.allowsFiling("agent-1", "SCJG-001", FROM)).isTrue();
  }

  @Test
  void allowsFilingOnlyFromTheFirstToTheLastDayIncluded() {
    Mandate m = confirmed(List.of());
    assertThat(m.allowsFiling("agent-1", "SCJG-001", FROM.minusDays(1))).isFalse();
    assertThat(m.allowsFiling("agent-1", "SCJG-001", FROM)).isTrue();
    assertThat(m.allowsFiling("agent-1", "SCJG-001", TO)).isTrue();
    assertThat(m.allowsFiling("agent-1", "SCJG-001", TO.plusDays(1))).isFalse();
    assertThat(m.statusOn(TO.plusDays(1))).isEqualTo(MandateStatus.EXPIRED);
  }

  @Test
  void allowsOnlyItsAgentAndTheItemsInScope() {
    Mandate scoped = confirmed(List.of("SCJG-001"));
    assertThat(scoped.allowsFiling("agent-2", "SCJG-001", FROM)).isFalse();
    assertThat(scoped.allowsFiling("agent-1", "SCJG-004", FROM)).isFalse();
    assertThat(confirmed(List.of()).allowsFiling("agent-1", "SCJG-004", FROM)).as("no items: all").isTrue();
  }

  @Test
  void cannotBeConfirmedOnceItsLastDayHasPassedButConfirmingTwiceChangesNothing() {
    Mandate late = new Mandate(AGENT, PRINCIPAL, List.of(), FROM, TO, AT);
    assertThatThrownBy(() -> late.confirm(TO.plusDays(1), AT))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MANDATE_EXPIRED"));
    Mandate m = confirmed(List.of());
    Instant first = m.confirmedAt().orElseThrow();
    m.confirm(TO, AT.plusSeconds(60));
    assertThat(m.confirmedAt()).contains(first);
  }

  @Test
  void showsThePrincipalsNumberMasked() {
    assertThat(confirmed(List.of()).principalMasked()).isEqualTo("1101**********1239");
  }

  private static Mandate confirmed(List<String> scope) {
    Mandate m = new Mandate(AGENT, PRINCIPAL, scope, FROM, TO, AT);
    m.confirm(FROM, AT);
    return m;
  }

  private static Member member(String id, String name, PartyKind kind, String partyId, Role role) {
    return new Member(id, id, "", name, kind, partyId, "13800138000", EnumSet.of(role), Set.of(), true,
        false, false);
  }
}
