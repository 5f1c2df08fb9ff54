package org.openhall.portal;

import java.security.Principal;
import org.openhall.document.DocumentIssuing;
import org.openhall.identity.AccountDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The download of a case's notice or decision from the case page (the portal's own session). */
@Controller
class DocumentPages {

  private final AccountDirectory accounts;
  private final DocumentIssuing documents;

  private final ResultDownloads downloads;

  DocumentPages(AccountDirectory accounts, DocumentIssuing documents, ResultDownloads downloads) {
    this.downloads = downloads;
    this.accounts = accounts;
    this.documents = documents;
  }

  @GetMapping("/cases/{caseNumber}/documents/{documentId}.pdf")
  ResponseEntity<byte[]> pdf(Principal principal, @PathVariable String caseNumber, @PathVariable String documentId) {
    var me = accounts.require(principal.getName());
    byte[] pdf = documents.pdfOf(caseNumber, documentId, me);
    downloads.document(caseNumber, documentId, me);
    return DocumentsApi.pdfResponse(pdf, documentId);
  }
}
