package org.openhall.catalogue;

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

  ItemVersion(String code, int version, String name, ItemCategory category, ItemType itemType,
      String leadDepartment, int legalDays, int promisedDays, int onlineDepth, String processKey,
      LocalDate validFrom, ServiceGuide guide, FormDefinition form) {
    this.id = UUID.randomUUID().toString();
    this.code = code;
    this.version = version;
    this.status = ItemStatus.DRAFT;
    this.name = name;
    this.category = category;
    this.itemType = itemType;
    this.leadDepartment = leadDepartment;
    this.legalDays = legalDays;
    this.promisedDays = promisedDays;
    this.onlineDepth = onlineDepth;
    this.processKey = processKey;
    this.validFrom = validFrom;
    this.guide = guide;
    this.form = form;
  }

  /** Publishes a draft; from now on the version never changes. */
  void publish(Instant at) {
    if (status != ItemStatus.DRAFT) {
      throw new org.openhall.kernel.DomainException(
          org.openhall.kernel.DomainException.Kind.CONFLICT, "ITEM_NOT_DRAFT", code, version);
    }
    this.status = ItemStatus.PUBLISHED;
    this.publishedAt = at;
  }

  /** Retires a published version as of a date; cases already filed keep it. */
  void retire(LocalDate until) {
    if (status != ItemStatus.PUBLISHED) {
      throw new org.openhall.kernel.DomainException(
          org.openhall.kernel.DomainException.Kind.CONFLICT, "ITEM_NOT_PUBLISHED", code, version);
    }
    this.status = ItemStatus.RETIRED;
    this.validUntil = until;
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
