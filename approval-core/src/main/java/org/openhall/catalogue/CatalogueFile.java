package org.openhall.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openhall.catalogue.ServiceGuide.LegalBasis;
import org.openhall.catalogue.ServiceGuide.ProcedureStep;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormDefinition;

/**
 * 四统一: the catalogue exchange file ({@code "format": "openhall-catalogue"}), documented in
 * docs/catalogue-format.md. One province publishes it; every centre imports it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogueFile(String format, int formatVersion, List<DepartmentEntry> departments,
    List<ItemEntry> items) {

  public static final String FORMAT = "openhall-catalogue";

  public CatalogueFile {
    departments = departments == null ? List.of() : List.copyOf(departments);
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A department as exchanged. */
  public record DepartmentEntry(String code, String name) {
  }

  /** One item version as exchanged. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ItemEntry(String code, int version, String name, ItemType itemType,
      ItemCategory category, String leadDepartment, List<String> coDepartments,
      String licenceTitle, List<LegalBasis> legalBasis, List<String> conditions,
      List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<FeeEntry> fees,
      int legalDays, int promisedDays, int onlineDepth, int visits, String location, String hours,
      String complaintChannel, String processKey, LocalDate validFrom, FormDefinition form) {

    ServiceGuide guide() {
      return new ServiceGuide(legalBasis, conditions, procedure, materials,
          fees == null ? List.of() : fees.stream()
              .map(f -> new ServiceGuide.Fee(f.name(), f.amount(), f.basis())).toList(),
          coDepartments, licenceTitle, visits, location, hours, complaintChannel);
    }
  }

  /** A fee as exchanged. */
  public record FeeEntry(String name, BigDecimal amount, String basis) {
  }
}
