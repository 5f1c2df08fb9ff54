package org.openhall.complaint;

import java.util.Optional;
import org.openhall.casefile.Case;
import org.openhall.casefile.CaseAccessPolicy;
import org.openhall.casefile.CaseAccessPolicy.Access;
import org.openhall.identity.AccountDirectory.Member;

/**
 * 效能投诉: what an applicant may complain about and who reads a complaint; the one rule the API and
 * the portal ask.
 * <ul>
 *   <li>About one of their own cases (applicant, or the agent who filed it: {@link Access#APPLICANT}),
 *       at any stage — slowness is complained about while the case is open — or about a department
 *       that exists, or both. Someone else's case reads as unknown.</li>
 *   <li>In one of the {@link ComplaintCategory categories}; a text of at most {@value #CONTENT_MAX}
 *       characters.</li>
 *   <li>Only the complainant reads their complaints (supervision will, issue 11).</li>
 * </ul>
 */
public final class ComplaintPolicy {

  public static final int CONTENT_MAX = 1000;

  private ComplaintPolicy() {
  }

  public static boolean mayComplainAbout(Member member, Case c) {
    return CaseAccessPolicy.of(member, c) == Access.APPLICANT;
  }

  public static boolean mayRead(Member member, Complaint complaint) {
    return member != null && member.id().equals(complaint.complainantAccountId());
  }

  /** The category of that name, or empty for none or an unknown one. */
  public static Optional<ComplaintCategory> category(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    for (ComplaintCategory c : ComplaintCategory.values()) {
      if (c.name().equals(name.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
