package org.openhall.casefile;

/**
 * What a case asks of a licence its applicant holds: 变更 (a change), 延续 (a renewal, 行政许可法 §50) or
 * 注销 (a cancellation). A change or renewal issues the licence's next version; a cancellation ends it.
 */
public enum LicenceAction {
  CHANGE, RENEWAL, CANCELLATION;

  /** Whether an approved case of this kind issues a new licence. */
  public boolean issuesLicence() {
    return this != CANCELLATION;
  }
}
