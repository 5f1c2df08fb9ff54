package org.openhall.payment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All payments, one per case. */
interface Payments extends JpaRepository<Payment, String> {

  Optional<Payment> findByCaseNumber(String caseNumber);

  Optional<Payment> findByOrderId(String orderId);
}
