package org.openhall.identity;

/**
 * What an account may do. Applicant roles use the portal; the rest are console roles. HEAD is a
 * department head (科室负责人): deadline warnings of the department reach them.
 */
public enum Role {
  APPLICANT, AGENT, CLERK, REVIEWER, APPROVER, SUPERVISOR, ADMIN, HEAD;

  public boolean isStaff() {
    return this != APPLICANT && this != AGENT;
  }
}
