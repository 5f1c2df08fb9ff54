package org.openhall.calendar;

/** What importing a holiday notice did to the stored calendar. */
public enum ImportOutcome {
  /** The year was not in the database and is now. */
  LOADED,
  /** The year was loaded before with different content, which the new notice replaced. */
  REPLACED,
  /** The year was already loaded with exactly this content; nothing changed. */
  UNCHANGED
}
