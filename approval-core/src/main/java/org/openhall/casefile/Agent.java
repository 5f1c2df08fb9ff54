package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 代办员 as recorded on a case filed for its applicant: who filed and under which mandate. */
@Embeddable
public record Agent(
    @Column(name = "agent_account_id", length = 36) String accountId,
    @Column(name = "agent_name", length = 100) String name,
    @Column(name = "mandate_id", length = 36) String mandateId) {
}
