package org.openhall.material;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 材料: one uploaded file of an owner; its bytes live in the file store under {@link #sha256()}. */
@Entity
@Table(name = "material")
public class Material {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "owner_id", nullable = false, length = 36)
  private String ownerId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Material() {
  }

  Material(String ownerId, String fileName, String mediaType, long size, String sha256, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.ownerId = ownerId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedAt = at;
  }

  public String id() {
    return id;
  }

  public String ownerId() {
    return ownerId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
