package org.openhall.delivery;

import java.util.EnumSet;
import java.util.Set;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseStatus;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;

/**
 * 送达 (一口出): a result is handed over only once it exists — a licence issued (or an approval completed), a
 * denial, a refusal to accept, a filing — and recorded by a clerk (窗口) of the lead department, as the
 * {@link CaseAccessPolicy} names them. A download online is recorded for the applicant (or the agent who
 * filed), the first time only.
 */
public final class DeliveryPolicy {

  private static final Set<CaseStatus> WITH_RESULT = EnumSet.of(CaseStatus.ISSUED, CaseStatus.DENIED,
      CaseStatus.NOT_ACCEPTED, CaseStatus.FILED);

  private DeliveryPolicy() {
  }

  /** Whether the case has a result to hand over. */
  public static boolean hasResult(Case c) {
    return WITH_RESULT.contains(c.status());
  }

  /** Whether {@code staff} may record how the case's result was handed over (whatever the case's state). */
  public static boolean mayRecord(Member staff, Case c) {
    return CaseAccessPolicy.canHandle(staff, c, Role.CLERK);
  }

  /** Whether {@code staff} may record a handing-over now: a clerk of the lead department, a result there. */
  public static boolean canRecordNow(Member staff, Case c) {
    return mayRecord(staff, c) && hasResult(c);
  }
}
