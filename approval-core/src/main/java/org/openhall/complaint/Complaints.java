package org.openhall.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All complaints. */
interface Complaints extends JpaRepository<Complaint, String> {

  List<Complaint> findByComplainantAccountIdOrderByFiledAtDescComplaintNumberDesc(String accountId);
}
