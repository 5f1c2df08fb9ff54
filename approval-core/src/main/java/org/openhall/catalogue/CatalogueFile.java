package org.openhall.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
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
public record CatalogueFile(String format, int formatVersion, Instant exportedAt,
    List<DepartmentEntry> departments, List<ItemEntry> items, List<FileEntry> files) {

  public static final String FORMAT = "openhall-catalogue";
  public static final int FORMAT_VERSION = 1;

  public CatalogueFile {
    departments = departments == null ? List.of() : List.copyOf(departments);
    items = items == null ? List.of() : List.copyOf(items);
    files = files == null ? List.of() : List.copyOf(files);
  }

  /** A department as exchanged. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DepartmentEntry(String code, String name, String nameEn) {

    public DepartmentEntry(String code, String name) {
      this(code, name, null);
    }
  }

  /** A blank form or sample as exchanged: its bytes in Base64 under their SHA-256. */
  public record FileEntry(String sha256, String fileName, String mediaType, String content) {
  }

  /**
   * One item version as exchanged; {@code maxExtensionDays} is left out when the item states no
   * limit of its own (the legal maximum applies); {@code licenceValidity} when the item states no
   * licence validity.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ItemEntry(String code, int version, String name, ItemType itemType,
      ItemCategory category, String leadDepartment, List<String> coDepartments,
      String licenceTitle, List<LegalBasis> legalBasis, List<String> conditions,
      List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<FeeEntry> fees,
      Boolean free, int legalDays, int promisedDays, Integer maxExtensionDays, int onlineDepth,
      int visits, String location, String hours, String complaintChannel, String processKey,
      LocalDate validFrom, FormDefinition form, LicenceValidity licenceValidity, String nameEn,
      String licenceTitleEn, List<String> conditionsEn, String locationEn, String hoursEn,
      String complaintChannelEn, PaymentDue payment) {

    /** An entry without English texts. */
    public ItemEntry(String code, int version, String name, ItemType itemType,
        ItemCategory category, String leadDepartment, List<String> coDepartments,
        String licenceTitle, List<LegalBasis> legalBasis, List<String> conditions,
        List<ProcedureStep> procedure, List<RequiredMaterial> materials, List<FeeEntry> fees,
        Boolean free, int legalDays, int promisedDays, Integer maxExtensionDays, int onlineDepth,
        int visits, String location, String hours, String complaintChannel, String processKey,
        LocalDate validFrom, FormDefinition form, LicenceValidity licenceValidity) {
      this(code, version, name, itemType, category, leadDepartment, coDepartments, licenceTitle,
          legalBasis, conditions, procedure, materials, fees, free, legalDays, promisedDays,
          maxExtensionDays, onlineDepth, visits, location, hours, complaintChannel, processKey,
          validFrom, form, licenceValidity, null, null, null, null, null, null, null);
    }

    static ItemEntry of(ItemVersion v) {
      ItemContent c = v.content();
      ServiceGuide g = c.guide();
      return new ItemEntry(v.code(), v.version(), c.name(), c.itemType(), c.category(),
          c.leadDepartment(), g.coDepartments(), g.licenceTitle(), g.legalBasis(), g.conditions(),
          g.procedure(), g.materials(),
          g.fees().stream().map(f -> new FeeEntry(f.name(), f.amount(), f.basis(), f.nameEn(),
              f.basisEn())).toList(),
          g.free(), c.legalDays(), c.promisedDays(), c.maxExtensionDays(), c.onlineDepth(),
          g.visits(), g.location(), g.hours(), g.complaintChannel(), c.processKey(), v.validFrom(),
          c.form(), c.licenceValidity(), g.nameEn(), g.licenceTitleEn(), g.conditionsEn(),
          g.locationEn(), g.hoursEn(), g.complaintChannelEn(), g.payment());
    }

    /** The content this entry describes. */
    public ItemContent content() {
      return new ItemContent(name, itemType, category, leadDepartment, legalDays, promisedDays,
          maxExtensionDays, onlineDepth, processKey, guide(), form, licenceValidity);
    }

    ServiceGuide guide() {
      return new ServiceGuide(legalBasis, conditions, procedure, materials,
          fees == null ? List.of() : fees.stream()
              .map(f -> f == null ? new ServiceGuide.Fee(null, null, null)
                  : new ServiceGuide.Fee(f.name(), f.amount(), f.basis(), f.nameEn(), f.basisEn()))
              .toList(),
          statedFree(), coDepartments, licenceTitle, visits, location, hours, complaintChannel,
          nameEn, licenceTitleEn, conditionsEn, locationEn, hoursEn, complaintChannelEn, payment);
    }

    /**
     * Free of charge is stated by {@code "free": true} or by an explicitly empty {@code "fees": []};
     * with neither (no {@code fees} at all) the fees are not stated.
     */
    private Boolean statedFree() {
      if (free != null) {
        return free;
      }
      return fees != null && fees.isEmpty() ? Boolean.TRUE : null;
    }
  }

  /** A fee as exchanged: name, amount in yuan, legal basis. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FeeEntry(String name, BigDecimal amount, String basis, String nameEn,
      String basisEn) {
    public FeeEntry {
      amount = amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public FeeEntry(String name, BigDecimal amount, String basis) {
      this(name, amount, basis, null, null);
    }
  }
}
