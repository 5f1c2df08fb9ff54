package org.openhall.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * 办事指南 (七公开): the disclosures every item publishes besides its name and time limits —
 * legal basis, conditions, procedure, materials, fees, where and when, complaint channel.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceGuide(
    List<LegalBasis> legalBasis,
    List<String> conditions,
    List<ProcedureStep> procedure,
    List<RequiredMaterial> materials,
    List<Fee> fees,
    List<String> coDepartments,
    String licenceTitle,
    int visits,
    String location,
    String hours,
    String complaintChannel) {

  public ServiceGuide {
    legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    procedure = procedure == null ? List.of() : List.copyOf(procedure);
    materials = materials == null ? List.of() : List.copyOf(materials);
    fees = fees == null ? List.of() : List.copyOf(fees);
    coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
  }

  /** One article of law the item rests on. */
  public record LegalBasis(String law, String article, String text) {
  }

  /** One step of the published procedure. */
  public record ProcedureStep(String step, String description) {
  }

  /** 申报材料: a material the applicant gives; deferrable (容缺) ones may follow after acceptance. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RequiredMaterial(String id, String name, boolean required, boolean deferrable,
      int originals, int copies, String source, String note) {
  }

  /** 收费: a fee with its legal basis. No fee listed means the item is free. */
  public record Fee(String name, BigDecimal amount, String basis) {
  }
}
