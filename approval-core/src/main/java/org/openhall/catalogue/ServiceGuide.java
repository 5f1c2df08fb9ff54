package org.openhall.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * 办事指南 (七公开): the disclosures every item publishes besides its name and time limits —
 * legal basis, conditions, procedure, materials, fees, where and when, complaint channel.
 *
 * @param free {@code true} states that the item is free of charge; {@code null} or {@code false}
 *     with no fees means the fees are not stated yet, which publishing refuses
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceGuide(
    List<LegalBasis> legalBasis,
    List<String> conditions,
    List<ProcedureStep> procedure,
    List<RequiredMaterial> materials,
    List<Fee> fees,
    Boolean free,
    List<String> coDepartments,
    String licenceTitle,
    int visits,
    String location,
    String hours,
    String complaintChannel,
    PaymentDue payment) {

  /** A guide that asks for no payment before a step ({@code payment} left out). */
  public ServiceGuide(List<LegalBasis> legalBasis, List<String> conditions,
      List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<Fee> fees, Boolean free,
      List<String> coDepartments, String licenceTitle, int visits, String location, String hours,
      String complaintChannel) {
    this(legalBasis, conditions, procedure, materials, fees, free, coDepartments, licenceTitle,
        visits, location, hours, complaintChannel, null);
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public ServiceGuide {
    legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    procedure = procedure == null ? List.of() : List.copyOf(procedure);
    materials = materials == null ? List.of() : List.copyOf(materials);
    fees = fees == null ? List.of() : List.copyOf(fees);
    coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
  }

  /** Whether the item is explicitly free of charge. */
  public boolean isFree() {
    return Boolean.TRUE.equals(free) && fees.isEmpty();
  }

  /** The same guide with one material replaced (matched by id). */
  ServiceGuide withMaterial(RequiredMaterial changed) {
    return new ServiceGuide(legalBasis, conditions, procedure,
        materials.stream().map(m -> m.id().equals(changed.id()) ? changed : m).toList(),
        fees, free, coDepartments, licenceTitle, visits, location, hours, complaintChannel, payment);
  }

  /** The total of the fees in fen (分), never a floating-point amount. */
  public long feeTotalFen() {
    return fees.stream().filter(f -> f != null && f.amount() != null)
        .mapToLong(f -> f.amount().movePointRight(2).longValueExact()).sum();
  }

  /** Every file the guide offers for download (blank forms and samples). */
  public List<GuideFile> files() {
    return materials.stream()
        .flatMap(m -> java.util.stream.Stream.of(m.blankForm(), m.sample()))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** One article of law the item rests on: the law, the article (第三十五条) and its text. */
  public record LegalBasis(String law, String article, String text) {
  }

  /** One step of the published procedure. */
  public record ProcedureStep(String step, String description) {
  }

  /**
   * 申报材料: a material the applicant gives; deferrable (容缺) ones may follow after acceptance.
   * A blank form (空白表格) and a filled-in sample (填写样本) may be offered for download.
   * {@code licenceItemCode} (免提交): a licence issued under that item, held by the applicant and
   * valid on the day, may be given instead of a file; null when only a file will do.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RequiredMaterial(String id, String name, boolean required, boolean deferrable,
      int originals, int copies, String source, String note, GuideFile blankForm,
      GuideFile sample, String licenceItemCode) {

    public RequiredMaterial {
      licenceItemCode = licenceItemCode == null || licenceItemCode.isBlank() ? null : licenceItemCode.strip();
    }

    public RequiredMaterial(String id, String name, boolean required, boolean deferrable,
        int originals, int copies, String source, String note, GuideFile blankForm,
        GuideFile sample) {
      this(id, name, required, deferrable, originals, copies, source, note, blankForm, sample, null);
    }

    public RequiredMaterial(String id, String name, boolean required, boolean deferrable,
        int originals, int copies, String source, String note) {
      this(id, name, required, deferrable, originals, copies, source, note, null, null, null);
    }

    /** Whether a held licence may be given for this material instead of a file (免提交). */
    public boolean acceptsLicence() {
      return licenceItemCode != null;
    }

    RequiredMaterial withFile(GuideFile.Kind kind, GuideFile file) {
      return kind == GuideFile.Kind.BLANK_FORM
          ? new RequiredMaterial(id, name, required, deferrable, originals, copies, source, note,
              file, sample, licenceItemCode)
          : new RequiredMaterial(id, name, required, deferrable, originals, copies, source, note,
              blankForm, file, licenceItemCode);
    }
  }

  /** 收费: a fee with its legal basis; the amount in yuan, kept to the fen (two decimals). */
  public record Fee(String name, BigDecimal amount, String basis) {
    public Fee {
      amount = amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }
  }
}
