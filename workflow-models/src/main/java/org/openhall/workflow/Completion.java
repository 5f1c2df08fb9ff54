package org.openhall.workflow;

import java.util.List;
import org.openhall.casefile.CorrectionItem;

/** What a staff member decided on a task: the outcome, the written opinion, missing materials. */
public record Completion(String outcome, String opinion, List<CorrectionItem> missing) {

  public Completion {
    missing = missing == null ? List.of() : List.copyOf(missing);
  }
}
