package org.openhall.draft;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All saved drafts; an account's are only ever read by that account. */
interface ApplicationDrafts extends JpaRepository<ApplicationDraft, String> {

  Optional<ApplicationDraft> findByAccountIdAndItemCode(String accountId, String itemCode);

  List<ApplicationDraft> findByAccountIdOrderBySavedAtDesc(String accountId);
}
