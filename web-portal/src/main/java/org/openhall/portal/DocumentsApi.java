package org.openhall.portal;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.openhall.document.DocumentIssuing;
import org.openhall.identity.AccountDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's notices and decisions for whoever may see the case, and their public verification. */
@RestController
@RequestMapping("/api/v1")
class DocumentsApi {

  private final AccountDirectory accounts;
  private final DocumentIssuing documents;

  private final ResultDownloads downloads;

  DocumentsApi(AccountDirectory accounts, DocumentIssuing documents, ResultDownloads downloads) {
    this.downloads = downloads;
    this.accounts = accounts;
    this.documents = documents;
  }

  /** The case's documents in the order issued; 404 for cases the caller may not see. */
  @GetMapping("/cases/{caseNumber}/documents")
  List<DocumentIssuing.Listed> documents(Principal principal, @PathVariable String caseNumber, Locale locale) {
    return documents.listed(caseNumber, accounts.require(principal.getName()), locale);
  }

  /** The sealed PDF of one document; 404 for cases the caller may not see and unknown documents. */
  @GetMapping("/cases/{caseNumber}/documents/{documentId}.pdf")
  ResponseEntity<byte[]> pdf(Principal principal, @PathVariable String caseNumber, @PathVariable String documentId) {
    var me = accounts.require(principal.getName());
    byte[] pdf = documents.pdfOf(caseNumber, documentId, me);
    downloads.document(caseNumber, documentId, me);
    return pdfResponse(pdf, documentId);
  }

  /** Public: what a document's verification code stands for; unknown codes 404. */
  @GetMapping("/documents/{verificationCode}")
  DocumentIssuing.Check verify(@PathVariable String verificationCode) {
    return documents.check(verificationCode);
  }

  static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String documentId) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("document-" + documentId + ".pdf").build().toString())
        .body(pdf);
  }
}
