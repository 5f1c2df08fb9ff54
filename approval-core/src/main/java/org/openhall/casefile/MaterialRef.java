package org.openhall.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A material of the vault given for one required material of the item. */
@Embeddable
public record MaterialRef(
    @Column(name = "requirement_id", length = 32) String requirementId,
    @Column(name = "material_id", length = 36) String materialId) {
}
