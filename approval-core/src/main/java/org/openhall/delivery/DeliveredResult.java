package org.openhall.delivery;

/** What was handed over: the licence (证照) or the decision document (决定文书) that ended the case. */
public enum DeliveredResult {
  LICENCE, DECISION
}
