package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a one-time correction notice: which material and what is wrong with it. */
@Embeddable
public record CorrectionItem(
    @Column(name = "requirement_id", length = 32) String requirementId,
    @Column(name = "reason", length = 500) String reason) {
}
