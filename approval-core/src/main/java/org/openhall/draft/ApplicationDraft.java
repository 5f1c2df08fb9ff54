package org.openhall.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * 申请草稿: one account's unfinished application for one item — the typed form values and the chosen
 * materials as JSON, the item version they were typed against and, for an agent, the mandate.
 */
@Entity
@Table(name = "application_draft")
class ApplicationDraft {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(name = "item_code", nullable = false, length = 32)
  private String itemCode;

  @Column(name = "item_version", nullable = false)
  private int itemVersion;

  @Column(name = "mandate_id", length = 36)
  private String mandateId;

  @Column(name = "form_data", nullable = false)
  private String formData;

  @Column(name = "materials", nullable = false)
  private String materials;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Version
  private long version;

  protected ApplicationDraft() {
  }

  ApplicationDraft(String accountId, String itemCode) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.itemCode = itemCode;
  }

  /** Replaces everything the draft holds with what was just saved. */
  void save(int itemVersion, String mandateId, String formDataJson, String materialsJson, Instant at) {
    this.itemVersion = itemVersion;
    this.mandateId = mandateId;
    this.formData = formDataJson;
    this.materials = materialsJson;
    this.savedAt = at;
  }

  String accountId() {
    return accountId;
  }

  String itemCode() {
    return itemCode;
  }

  int itemVersion() {
    return itemVersion;
  }

  String mandateId() {
    return mandateId;
  }

  String formDataJson() {
    return formData;
  }

  String materialsJson() {
    return materials;
  }

  Instant savedAt() {
    return savedAt;
  }
}
