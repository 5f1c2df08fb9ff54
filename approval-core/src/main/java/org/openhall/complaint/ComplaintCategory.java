package org.openhall.complaint;

/**
 * What a complaint is about, the fixed list of 效能投诉 (篇6, 篇7 §七): slowness, attitude, fees or
 * demands without basis (吃拿卡要), a guide that did not match, or something else. Labels are
 * {@code complaint.category.NAME}.
 */
public enum ComplaintCategory {
  DELAY, ATTITUDE, EXTRA_FEES, EXTRA_DEMANDS, GUIDE_INACCURATE, OTHER
}
