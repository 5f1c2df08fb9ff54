package org.openhall.rating;

/**
 * Where a bad rating's follow-up (整改回访) stands. Opened by the rating; supervision (issue 11)
 * moves it on once the department has rectified and answered.
 */
public enum FollowUpStatus {
  OPEN, ANSWERED, CLOSED
}
