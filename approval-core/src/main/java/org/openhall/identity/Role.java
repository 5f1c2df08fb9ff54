package org.openhall.identity;

/** What an account may do. Applicant roles use the portal; the rest are console roles. */
public enum Role {
  APPLICANT, AGENT, CLERK, REVIEWER, APPROVER, SUPERVISOR, ADMIN;

  public boolean isStaff() {
    return this != APPLICANT && this != AGENT;
  }
}
