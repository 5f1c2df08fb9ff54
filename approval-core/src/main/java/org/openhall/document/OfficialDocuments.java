package org.openhall.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All issued notices and decisions. */
interface OfficialDocuments extends JpaRepository<OfficialDocument, String> {

  List<OfficialDocument> findByCaseNumberOrderByIssuedAtAscSequenceAsc(String caseNumber);

  Optional<OfficialDocument> findByCaseNumberAndId(String caseNumber, String id);

  Optional<OfficialDocument> findByVerificationCode(String verificationCode);

  boolean existsByCaseNumberAndKindAndSequence(String caseNumber, DocumentKind kind, int sequence);
}
