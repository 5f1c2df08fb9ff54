package org.openhall.staff;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The admin audit, newest first. */
interface AdminAudit extends JpaRepository<AdminAuditEntry, String> {

  Page<AdminAuditEntry> findAllByOrderByAtDescIdAsc(Pageable page);
}
