package org.openhall.portal;

import org.openhall.delivery.DeliveredResult;
import org.openhall.delivery.ResultDelivery;
import org.openhall.document.DocumentIssuing;
import org.openhall.identity.AccountDirectory.Member;
import org.springframework.stereotype.Component;

/**
 * 送达 by download: tells {@link ResultDelivery} that the applicant downloaded the case's licence or the
 * decision that ended it (it records the first time only, and only for the applicant's side).
 */
@Component
class ResultDownloads {

  private final ResultDelivery deliveries;
  private final DocumentIssuing documents;

  ResultDownloads(ResultDelivery deliveries, DocumentIssuing documents) {
    this.deliveries = deliveries;
    this.documents = documents;
  }

  void licence(String caseNumber, Member member) {
    deliveries.downloaded(caseNumber, member, DeliveredResult.LICENCE);
  }

  /** Counts a document only if it is the case's result (a decision, a refusal, a filing receipt). */
  void document(String caseNumber, String documentId, Member member) {
    boolean result = documents.of(caseNumber, member).stream()
        .anyMatch(d -> d.id().equals(documentId) && d.kind().result());
    if (result) {
      deliveries.downloaded(caseNumber, member, DeliveredResult.DECISION);
    }
  }
}
