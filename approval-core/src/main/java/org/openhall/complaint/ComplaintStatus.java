package org.openhall.complaint;

/**
 * Where a complaint stands: RECEIVED when filed; supervision (issue 11) assigns a handler
 * (IN_HANDLING), records the result (ANSWERED) and closes it.
 */
public enum ComplaintStatus {
  RECEIVED, IN_HANDLING, ANSWERED, CLOSED
}
