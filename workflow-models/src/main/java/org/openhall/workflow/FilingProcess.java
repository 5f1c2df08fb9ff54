package org.openhall.workflow;

/** Ids of {@code Filing.bpmn} (备案): recorded at once, no user task. */
public final class FilingProcess {

  public static final String KEY = "Filing";

  public static final String RECORD_FILING = "ServiceTask_RecordFiling";
  public static final String END_FILED = "EndEvent_Filed";

  private FilingProcess() {
  }
}
