package org.openhall.console;

import java.security.Principal;
import org.openhall.document.DocumentIssuing;
import org.openhall.identity.AccountDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The download of a case's notice or decision from the task page (the console's own session). */
@Controller
@RequestMapping("/console")
class StaffDocumentPages {

  private final AccountDirectory accounts;
  private final DocumentIssuing documents;

  StaffDocumentPages(AccountDirectory accounts, DocumentIssuing documents) {
    this.accounts = accounts;
    this.documents = documents;
  }

  @GetMapping("/cases/{caseNumber}/documents/{documentId}.pdf")
  ResponseEntity<byte[]> pdf(Principal principal, @PathVariable String caseNumber, @PathVariable String documentId) {
    return StaffDocumentsApi.pdfResponse(
        documents.pdfOf(caseNumber, documentId, accounts.require(principal.getName())), documentId);
  }
}
