package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 免提交: a licence the applicant holds, given by its number for one required material of the item. */
@Embeddable
public record LicenceMaterialRef(
    @Column(name = "requirement_id", length = 32) String requirementId,
    @Column(name = "licence_number", length = 40) String licenceNumber) {
}
