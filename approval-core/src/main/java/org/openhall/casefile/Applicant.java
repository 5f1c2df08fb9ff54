package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openhall.identity.PartyKind;

/** 申请人 as recorded on the case when it was filed (a snapshot, not a live link). */
@Embeddable
public record Applicant(
    @Column(name = "applicant_account_id", length = 36) String accountId,
    @Column(name = "applicant_name", length = 100) String name,
    @Enumerated(EnumType.STRING) @Column(name = "applicant_kind", length = 16) PartyKind kind,
    @Column(name = "applicant_party_id", length = 32) String partyId,
    @Column(name = "applicant_phone", length = 32) String phone) {
}
