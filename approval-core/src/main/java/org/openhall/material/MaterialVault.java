package org.openhall.material;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.openhall.filestore.FileStore;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Takes uploads into the vault: refuses empty, oversized and disallowed files (judged by their
 * bytes, never their name), stores each content once, and gives the same material back when an
 * owner uploads the same bytes again.
 */
@Service
public class MaterialVault {

  /** What the service centre accepts as a material: scans and documents. */
  static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

  private final Materials materials;
  private final FileStore files;
  private final Clock clock;
  private final long maxBytes;
  private final Tika tika = new Tika();

  MaterialVault(Materials materials, FileStore files, Clock clock,
      @Value("${openhall.materials.max-size:20MB}") DataSize maxSize) {
    this.materials = materials;
    this.files = files;
    this.clock = clock;
    this.maxBytes = maxSize.toBytes();
  }

  @Transactional
  public Material store(String ownerId, String fileName, byte[] bytes) {
    String name = cleanName(fileName);
    if (bytes.length == 0) {
      throw DomainException.invalid("MATERIAL_EMPTY", name);
    }
    if (bytes.length > maxBytes) {
      throw new DomainException(Kind.TOO_LARGE, "MATERIAL_TOO_LARGE", name, maxBytes / (1024 * 1024));
    }
    String mediaType = tika.detect(bytes);
    if (!ALLOWED_TYPES.contains(mediaType)) {
      throw new DomainException(Kind.UNSUPPORTED_MEDIA, "MATERIAL_TYPE_NOT_ALLOWED", name, mediaType);
    }
    String sha = FileStore.sha256(bytes);
    return materials.findByOwnerIdAndSha256(ownerId, sha).orElseGet(() -> {
      files.put(bytes);
      try {
        return materials.saveAndFlush(
            new Material(ownerId, name, mediaType, bytes.length, sha, clock.instant()));
      } catch (DataIntegrityViolationException raced) {
        // the same owner uploaded the same bytes at the same moment: one material is enough
        throw DomainException.conflict("MATERIAL_DUPLICATE_UPLOAD", name);
      }
    });
  }

  /** The largest file the vault takes, in bytes (pages tell the applicant before they send one). */
  public long maxBytes() {
    return maxBytes;
  }

  @Transactional(readOnly = true)
  public List<Material> vaultOf(String ownerId) {
    return materials.findByOwnerIdOrderByUploadedAtDesc(ownerId);
  }

  /** The owner's material, or 404 — also for someone else's material. */
  @Transactional(readOnly = true)
  public Material ownedBy(String ownerId, String materialId) {
    return materials.findById(materialId)
        .filter(m -> m.ownerId().equals(ownerId))
        .orElseThrow(() -> DomainException.notFound("MATERIAL_NOT_FOUND", materialId));
  }

  @Transactional(readOnly = true)
  public Material byId(String materialId) {
    return materials.findById(materialId)
        .orElseThrow(() -> DomainException.notFound("MATERIAL_NOT_FOUND", materialId));
  }

  public byte[] contentOf(Material material) {
    return files.get(material.sha256());
  }

  private static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "upload";
    }
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

}
