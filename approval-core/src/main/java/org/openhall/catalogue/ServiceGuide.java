package org.openhall.catalogue;

import org.openhall.kernel.LocalizedText;
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
    String nameEn,
    String licenceTitleEn,
    List<String> conditionsEn,
    String locationEn,
    String hoursEn,
    String complaintChannelEn,
    PaymentDue payment) {

  /** A guide with its English texts that asks for no payment before a step ({@code payment} left out). */
  public ServiceGuide(List<LegalBasis> legalBasis, List<String> conditions,
      List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<Fee> fees, Boolean free,
      List<String> coDepartments, String licenceTitle, int visits, String location, String hours,
      String complaintChannel, String nameEn, String licenceTitleEn, List<String> conditionsEn,
      String locationEn, String hoursEn, String complaintChannelEn) {
    this(legalBasis, conditions, procedure, materials, fees, free, coDepartments, licenceTitle,
        visits, location, hours, complaintChannel, nameEn, licenceTitleEn, conditionsEn, locationEn,
        hoursEn, complaintChannelEn, null);
  }

  /** A guide without English texts that may ask for payment before a step. */
  public ServiceGuide(List<LegalBasis> legalBasis, List<String> conditions,
      List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<Fee> fees, Boolean free,
      List<String> coDepartments, String licenceTitle, int visits, String location, String hours,
      String complaintChannel, PaymentDue payment) {
    this(legalBasis, conditions, procedure, materials, fees, free, coDepartments, licenceTitle,
        visits, location, hours, complaintChannel, null, null, null, null, null, null, payment);
  }

  @com.fasterxml.jackson.annotation.JsonCreator
  public ServiceGuide {
    legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    procedure = procedure == null ? List.of() : List.copyOf(procedure);
    materials = materials == null ? List.of() : List.copyOf(materials);
    fees = fees == null ? List.of() : List.copyOf(fees);
    coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
    conditionsEn = conditionsEn == null ? null : conditionsEn.stream()
        .map(c -> c == null ? "" : c).toList();
  }

  /** A guide without English texts. */
  public ServiceGuide(List<LegalBasis> legalBasis, List<String> conditions,
      List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<Fee> fees,
      Boolean free, List<String> coDepartments, String licenceTitle, int visits, String location,
      String hours, String complaintChannel) {
    this(legalBasis, conditions, procedure, materials, fees, free, coDepartments, licenceTitle,
        visits, location, hours, complaintChannel, null, null, null, null, null, null, null);
  }

  /** The licence title for a locale (English when the catalogue carries it). */
  public LocalizedText licenceTitleIn(java.util.Locale locale) {
    return LocalizedText.of(licenceTitle, licenceTitleEn, locale);
  }

  /** The i-th condition for a locale; {@code conditionsEn} runs beside {@code conditions}. */
  public LocalizedText conditionIn(int index, java.util.Locale locale) {
    String en = conditionsEn != null && index < conditionsEn.size() ? conditionsEn.get(index) : null;
    return LocalizedText.of(conditions.get(index), en, locale);
  }

  /** Where the item is handled, for a locale. */
  public LocalizedText locationIn(java.util.Locale locale) {
    return LocalizedText.of(location, locationEn, locale);
  }

  /** Opening hours, for a locale. */
  public LocalizedText hoursIn(java.util.Locale locale) {
    return LocalizedText.of(hours, hoursEn, locale);
  }

  /** The complaint channel, for a locale. */
  public LocalizedText complaintChannelIn(java.util.Locale locale) {
    return LocalizedText.of(complaintChannel, complaintChannelEn, locale);
  }

  /** Whether the item is explicitly free of charge. */
  public boolean isFree() {
    return Boolean.TRUE.equals(free) && fees.isEmpty();
  }

  /** The same guide without its English texts (ADR 0025: translations never change a rule). */
  public ServiceGuide withoutTranslations() {
    return new ServiceGuide(
        legalBasis.stream().map(b -> b == null ? null
            : new LegalBasis(b.law(), b.article(), b.text())).toList(),
        conditions,
        procedure.stream().map(p -> p == null ? null
            : new ProcedureStep(p.step(), p.description())).toList(),
        materials.stream().map(m -> m == null ? null
            : new RequiredMaterial(m.id(), m.name(), m.required(), m.deferrable(), m.originals(),
                m.copies(), m.source(), m.note(), m.blankForm(), m.sample(), m.licenceItemCode()))
            .toList(),
        fees.stream().map(f -> f == null ? null : new Fee(f.name(), f.amount(), f.basis())).toList(),
        free, coDepartments, licenceTitle, visits, location, hours, complaintChannel, payment);
  }

  /** The same guide with one material replaced (matched by id). */
  ServiceGuide withMaterial(RequiredMaterial changed) {
    return new ServiceGuide(legalBasis, conditions, procedure,
        materials.stream().map(m -> m.id().equals(changed.id()) ? changed : m).toList(),
        fees, free, coDepartments, licenceTitle, visits, location, hours, complaintChannel,
        nameEn, licenceTitleEn, conditionsEn, locationEn, hoursEn, complaintChannelEn, payment);
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
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LegalBasis(String law, String article, String text, String lawEn,
      String articleEn, String textEn) {

    public LegalBasis(String law, String article, String text) {
      this(law, article, text, null, null, null);
    }

    /** The law and article as one title for a locale (English only when both are translated). */
    public LocalizedText titleIn(java.util.Locale locale) {
      String zh = (law == null ? "" : law) + (article == null ? "" : article);
      String en = lawEn == null || lawEn.isBlank() ? null
          : articleEn == null || articleEn.isBlank() ? lawEn : lawEn + ", " + articleEn;
      return LocalizedText.of(zh, en, locale);
    }

    /** The article's text for a locale. */
    public LocalizedText textIn(java.util.Locale locale) {
      return LocalizedText.of(text, textEn, locale);
    }
  }

  /** One step of the published procedure. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ProcedureStep(String step, String description, String stepEn,
      String descriptionEn) {

    public ProcedureStep(String step, String description) {
      this(step, description, null, null);
    }

    /** The step's name for a locale. */
    public LocalizedText stepIn(java.util.Locale locale) {
      return LocalizedText.of(step, stepEn, locale);
    }

    /** The step's description for a locale. */
    public LocalizedText descriptionIn(java.util.Locale locale) {
      return LocalizedText.of(description, descriptionEn, locale);
    }
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
      GuideFile sample, String licenceItemCode, String nameEn, String sourceEn, String noteEn) {

    public RequiredMaterial {
      licenceItemCode = licenceItemCode == null || licenceItemCode.isBlank() ? null : licenceItemCode.strip();
    }

    public RequiredMaterial(String id, String name, boolean required, boolean deferrable,
        int originals, int copies, String source, String note, GuideFile blankForm,
        GuideFile sample) {
      this(id, name, required, deferrable, originals, copies, source, note, blankForm, sample, null);
    }

    public RequiredMaterial(String id, String name, boolean required, boolean deferrable,
        int originals, int copies, String source, String note, GuideFile blankForm,
        GuideFile sample, String licenceItemCode) {
      this(id, name, required, deferrable, originals, copies, source, note, blankForm, sample,
          licenceItemCode, null, null, null);
    }

    /** The material's name for a locale. */
    public LocalizedText nameIn(java.util.Locale locale) {
      return LocalizedText.of(name, nameEn, locale);
    }

    /** The material's note for a locale. */
    public LocalizedText noteIn(java.util.Locale locale) {
      return LocalizedText.of(note, noteEn, locale);
    }

    /** Where the material comes from (申请人自备, 政府部门核发) for a locale. */
    public LocalizedText sourceIn(java.util.Locale locale) {
      return LocalizedText.of(source, sourceEn, locale);
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
              file, sample, licenceItemCode, nameEn, sourceEn, noteEn)
          : new RequiredMaterial(id, name, required, deferrable, originals, copies, source, note,
              blankForm, file, licenceItemCode, nameEn, sourceEn, noteEn);
    }
  }

  /** 收费: a fee with its legal basis; the amount in yuan, kept to the fen (two decimals). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Fee(String name, BigDecimal amount, String basis, String nameEn, String basisEn) {
    public Fee {
      amount = amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public Fee(String name, BigDecimal amount, String basis) {
      this(name, amount, basis, null, null);
    }

    /** The fee's name for a locale. */
    public LocalizedText nameIn(java.util.Locale locale) {
      return LocalizedText.of(name, nameEn, locale);
    }

    /** The fee's legal basis for a locale. */
    public LocalizedText basisIn(java.util.Locale locale) {
      return LocalizedText.of(basis, basisEn, locale);
    }
  }
}
