package org.openhall.server;

import org.springframework.boot.diagnostics.FailureAnalysis;

/** Lets tests outside the package read what the operator would be told. */
public final class SchemaFailureAnalyzerAccess {

  private SchemaFailureAnalyzerAccess() {
  }

  public static String describe(Throwable failure) {
    FailureAnalysis analysis = new SchemaFailureAnalyzer().analyze(failure);
    return analysis == null ? "" : analysis.getDescription() + " " + analysis.getAction();
  }

  /** What the operator is told when the seal or the public address is missing outside the demo. */
  public static String describeSeal(Throwable failure) {
    FailureAnalysis analysis = new SealFailureAnalyzer().analyze(failure);
    return analysis == null ? "" : analysis.getDescription() + " " + analysis.getAction();
  }
}
