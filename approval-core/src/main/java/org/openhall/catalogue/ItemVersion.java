package org.openhall.catalogue;

import org.openhall.kernel.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FormDefinition;
import org.openhall.kernel.DomainException;

/**
 * 事项版本: one version of an approval item (行政审批事项). Versions of an item share its code; a
 * published version is frozen, and a case pins the version it was filed under.
 */
@Entity
@Table(name = "item_version")
public class ItemVersion {

  @Id
  @Column(length = 36)
  private String id;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  @Column(nullable = false, length = 32)
  private String code;

  @Column(name = "version_number", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemStatus status;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ItemCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type", nullable = false, length = 24)
  private ItemType itemType;

  @Column(name = "lead_department", nullable = false, length = 32)
  private String leadDepartment;

  @Column(name = "legal_days", nullable = false)
  private int legalDays;

  @Column(name = "promised_days", nullable = false)
  private int promisedDays;

  /** As the item states it; null: the legal maximum ({@link #maxExtensionDays()}). */
  @Column(name = "max_extension_days")
  private Integer maxExtensionDays;

  /** 证照有效期 as the item states it; all three null: none stated. */
  @Enumerated(EnumType.STRING)
  @Column(name = "licence_validity_kind", length = 16)
  private LicenceValidity.Kind licenceValidityKind;

  @Column(name = "licence_validity_years")
  private Integer licenceValidityYears;

  @Column(name = "licence_validity_until")
  private LocalDate licenceValidityUntil;

  @Column(name = "online_depth", nullable = false)
  private int onlineDepth;

  @Column(name = "process_key", nullable = false, length = 64)
  private String processKey;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Convert(converter = JsonColumns.GuideConverter.class)
  @Column(nullable = false)
  private ServiceGuide guide;

  @Convert(converter = JsonColumns.FormConverter.class)
  @Column(nullable = false)
  private FormDefinition form;

  protected ItemVersion() {
  }

  ItemVersion(String code, int version, ItemContent content) {
    this.id = UUID.randomUUID().toString();
    this.code = code;
    this.version = version;
    this.status = ItemStatus.DRAFT;
    apply(content);
  }

  /** Replaces the whole content of a draft; a published or retired version refuses. */
  /**
   * Takes the English texts of {@code translated}, whose Chinese content must equal this
   * version's: the one change a published version allows (ADR 0025), since the Chinese text is
   * what was published in law and the English one only reads it out.
   */
  void translate(ItemContent translated) {
    if (!translated.withoutTranslations().equals(content().withoutTranslations())) {
      throw new IllegalArgumentException("not a translation of " + code + " v" + version);
    }
    this.guide = translated.guide();
    this.form = translated.form();
  }

  /** The item's name for a locale (English when the catalogue carries it). */
  public LocalizedText nameIn(java.util.Locale locale) {
    return LocalizedText.of(name, guide.nameEn(), locale);
  }

  void revise(ItemContent content) {
    requireDraft();
    apply(content);
  }

  /** Offers a file for download beside one material of a draft. */
  void attach(String materialId, GuideFile.Kind kind, GuideFile file) {
    requireDraft();
    RequiredMaterial material = requirement(materialId)
        .orElseThrow(() -> DomainException.notFound("REQUIREMENT_UNKNOWN", materialId));
    this.guide = guide.withMaterial(material.withFile(kind, file));
  }

  /** Publishes a draft from a day on; from now on the version never changes. */
  void publish(Instant at, LocalDate from) {
    requireDraft();
    this.status = ItemStatus.PUBLISHED;
    this.publishedAt = at;
    this.validFrom = from;
  }

  /** Retires a published version as of a date; cases already filed keep it. */
  void retire(LocalDate until) {
    if (status != ItemStatus.PUBLISHED) {
      throw DomainException.conflict("ITEM_NOT_PUBLISHED", code, version);
    }
    this.status = ItemStatus.RETIRED;
    this.validUntil = until;
  }

  /** The editable content, e.g. to start the next draft from it. */
  public ItemContent content() {
    return new ItemContent(name, itemType, category, leadDepartment, legalDays, promisedDays,
        maxExtensionDays, onlineDepth, processKey, guide, form, statedLicenceValidity());
  }

  private LicenceValidity statedLicenceValidity() {
    return licenceValidityKind == null ? null
        : new LicenceValidity(licenceValidityKind, licenceValidityYears, licenceValidityUntil);
  }

  public boolean isDraft() {
    return status == ItemStatus.DRAFT;
  }

  private void requireDraft() {
    if (status != ItemStatus.DRAFT) {
      throw DomainException.conflict("ITEM_NOT_DRAFT", code, version);
    }
  }

  private void apply(ItemContent c) {
    this.name = c.name();
    this.category = c.category();
    this.itemType = c.itemType();
    this.leadDepartment = c.leadDepartment();
    this.legalDays = c.legalDays();
    this.promisedDays = c.promisedDays();
    this.maxExtensionDays = c.maxExtensionDays();
    LicenceValidity validity = c.licenceValidity();
    this.licenceValidityKind = validity == null ? null : validity.kind();
    this.licenceValidityYears = validity == null ? null : validity.years();
    this.licenceValidityUntil = validity == null ? null : validity.until();
    this.onlineDepth = c.onlineDepth();
    this.processKey = c.processKey();
    this.guide = c.guide();
    this.form = c.form();
  }

  public Optional<RequiredMaterial> requirement(String requirementId) {
    return guide.materials().stream().filter(m -> m.id().equals(requirementId)).findFirst();
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public int version() {
    return version;
  }

  public ItemStatus status() {
    return status;
  }

  public String name() {
    return name;
  }

  public ItemCategory category() {
    return category;
  }

  public ItemType itemType() {
    return itemType;
  }

  public String leadDepartment() {
    return leadDepartment;
  }

  public int legalDays() {
    return legalDays;
  }

  public int promisedDays() {
    return promisedDays;
  }

  /**
   * 行政许可法第四十二条: the most working days one extension of a case under this version may
   * grant: the item's own limit, or the legal maximum (10, 15 for joint items) when it states
   * none.
   */
  public int maxExtensionDays() {
    return ExtensionLimitPolicy.effective(maxExtensionDays, category);
  }

  /**
   * 证照有效期: how long a licence issued under this version is valid; long-term when the item
   * states nothing.
   */
  public LicenceValidity licenceValidity() {
    LicenceValidity stated = statedLicenceValidity();
    return stated == null ? LicenceValidity.longTerm() : stated;
  }

  public int onlineDepth() {
    return onlineDepth;
  }

  public String processKey() {
    return processKey;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public ServiceGuide guide() {
    return guide;
  }

  public FormDefinition form() {
    return form;
  }
}
