package org.openhall.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openhall.calendar.DueDate;
import org.openhall.calendar.WorkingDays;
import org.openhall.catalogue.Catalogue;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldError;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.identity.Role;
import org.openhall.kernel.Counters;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Violation;
import org.openhall.material.Material;
import org.openhall.material.MaterialVault;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The materials given for a case: each names a requirement of the item and a file of the filer's vault. */
@Component
class MaterialChecks {

  private final MaterialVault vault;
  private final HeldLicences licences;

  MaterialChecks(MaterialVault vault, HeldLicences licences) {
    this.vault = vault;
    this.licences = licences;
  }

  Set<MaterialRef> checkedRefs(ItemVersion item, Member filer, List<MaterialRef> given) {
    Set<MaterialRef> refs = new LinkedHashSet<>();
    List<Violation> problems = new ArrayList<>();
    List<MaterialRef> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      MaterialRef ref = list.get(i);
      if (ref == null || ref.requirementId() == null || item.requirement(ref.requirementId()).isEmpty()) {
        problems.add(new Violation("materials[" + i + "].requirementId", "REQUIREMENT_UNKNOWN",
            List.of(ref == null ? "" : String.valueOf(ref.requirementId()))));
        continue;
      }
      try {
        Material m = vault.ownedBy(filer.id(), ref.materialId());
        refs.add(new MaterialRef(ref.requirementId(), m.id()));
      } catch (DomainException notTheirs) {
        problems.add(new Violation("materials[" + i + "].materialId", "MATERIAL_NOT_FOUND",
            List.of(String.valueOf(ref.materialId()))));
      }
    }
    if (!problems.isEmpty()) {
      throw new DomainException(DomainException.Kind.INVALID, "VALIDATION_FAILED", problems);
    }
    return refs;
  }

  /**
   * 免提交: each licence given for a requirement that accepts one must be held by the applicant
   * ({@code holderAccountId}, the principal when an agent files), valid today, and of the item the
   * requirement names; otherwise a 400 naming the licence and the problem.
   */
  Set<LicenceMaterialRef> checkedLicences(ItemVersion item, String holderAccountId,
      List<LicenceMaterialRef> given) {
    Set<LicenceMaterialRef> refs = new LinkedHashSet<>();
    List<Violation> problems = new ArrayList<>();
    for (LicenceMaterialRef ref : given == null ? List.<LicenceMaterialRef>of() : given) {
      var requirement = ref == null || ref.requirementId() == null ? java.util.Optional.<RequiredMaterial>empty()
          : item.requirement(ref.requirementId());
      String number = ref == null || ref.licenceNumber() == null ? "" : ref.licenceNumber().strip();
      if (requirement.isEmpty()) {
        problems.add(new Violation("materials.requirementId", "REQUIREMENT_UNKNOWN",
            List.of(ref == null ? "" : String.valueOf(ref.requirementId()))));
      } else if (!requirement.get().acceptsLicence()) {
        problems.add(new Violation("materials.licenceNumber", "LICENCE_NOT_ACCEPTED",
            List.of(requirement.get().name())));
      } else {
        var refusal = licences.refusal(holderAccountId, number, requirement.get().licenceItemCode());
        if (refusal.isPresent()) {
          List<Object> args = new ArrayList<>(refusal.get().args());
          args.add(requirement.get().name());
          problems.add(new Violation("materials.licenceNumber", refusal.get().code(), args));
        } else {
          refs.add(new LicenceMaterialRef(ref.requirementId(), number));
        }
      }
    }
    if (!problems.isEmpty()) {
      // the first problem is the detail, so a single bad licence reads as itself, not "invalid input"
      throw new DomainException(DomainException.Kind.INVALID, problems.get(0).code(), problems,
          problems.get(0).args().toArray());
    }
    return refs;
  }
}
