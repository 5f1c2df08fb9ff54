package org.openhall.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A case's documents list in the order of its steps, also where the database kept whole seconds only. */
class DocumentOrderTest {

  private static final Instant SECOND = Instant.parse("2026-12-02T03:00:00Z");

  @Test
  void withinOneSecondTheStepDecides() {
    OfficialDocument acceptance = document(DocumentKind.ACCEPTANCE_NOTICE, 0, SECOND);
    OfficialDocument receipt = document(DocumentKind.RECEIPT, 0, SECOND);
    OfficialDocument approval = document(DocumentKind.APPROVAL_DECISION, 0, SECOND);

    assertThat(kinds(approval, acceptance, receipt)).containsExactly(
        DocumentKind.RECEIPT, DocumentKind.ACCEPTANCE_NOTICE, DocumentKind.APPROVAL_DECISION);
  }

  @Test
  void acrossSecondsTheTimeDecides() {
    OfficialDocument firstCorrection = document(DocumentKind.CORRECTION_NOTICE, 1, SECOND.plusSeconds(1));
    OfficialDocument acceptance = document(DocumentKind.ACCEPTANCE_NOTICE, 0, SECOND.plusSeconds(5));
    OfficialDocument secondCorrection = document(DocumentKind.CORRECTION_NOTICE, 2, SECOND.plusSeconds(3));

    assertThat(Stream.of(acceptance, secondCorrection, firstCorrection).sorted(DocumentIssuing.IN_ORDER_OF_STEPS)
        .map(OfficialDocument::sequence).toList()).containsExactly(1, 2, 0);
  }

  private static List<DocumentKind> kinds(OfficialDocument... documents) {
    return Stream.of(documents).sorted(DocumentIssuing.IN_ORDER_OF_STEPS).map(OfficialDocument::kind).toList();
  }

  private static OfficialDocument document(DocumentKind kind, int sequence, Instant at) {
    return new OfficialDocument("2026120200001", kind, sequence, kind.name(), at, LocalDate.of(2026, 12, 2),
        "CODE" + kind.ordinal() + sequence, "SCJG", "市场监督管理局", "0".repeat(64));
  }
}
