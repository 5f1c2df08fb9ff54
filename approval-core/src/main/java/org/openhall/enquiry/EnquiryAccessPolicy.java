package org.openhall.enquiry;

import java.util.Set;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;

/**
 * Who records and who reads enquiries, the one answer every page and API asks: staff record for a
 * department they belong to and read the enquiries of their own departments (clerks, heads and
 * supervisors alike); ADMIN reads all.
 */
public final class EnquiryAccessPolicy {

  private EnquiryAccessPolicy() {
  }

  /** Whether the member reads every department's enquiries. */
  public static boolean readsAll(Member member) {
    return member.has(Role.ADMIN);
  }

  /** The departments whose enquiries the member reads (ignored when {@link #readsAll}). */
  public static Set<String> readableDepartments(Member member) {
    return member.isStaff() ? Set.copyOf(member.departments()) : Set.of();
  }

  public static boolean mayRead(Member member, String departmentCode) {
    return readsAll(member) || readableDepartments(member).contains(departmentCode);
  }

  /** The departments the member may record an enquiry for: their own, when they are staff. */
  public static Set<String> recordingDepartments(Member member) {
    return member.isStaff() ? Set.copyOf(member.departments()) : Set.of();
  }
}
