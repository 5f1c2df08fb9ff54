package org.openhall.enquiry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All recorded enquiries. */
interface Enquiries extends JpaRepository<Enquiry, String>, JpaSpecificationExecutor<Enquiry> {
}
