package org.openhall.delivery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The deliveries recorded for cases. */
interface Deliveries extends JpaRepository<Delivery, String> {

  List<Delivery> findByCaseNumberOrderByRecordedAtAscIdAsc(String caseNumber);

  boolean existsByCaseNumberAndMethod(String caseNumber, DeliveryMethod method);
}
