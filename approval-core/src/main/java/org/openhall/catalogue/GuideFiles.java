package org.openhall.catalogue;

import java.util.Set;
import org.apache.tika.Tika;
import org.openhall.filestore.FileStore;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.DomainException.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Takes blank forms and samples into the file store: PDF, Word or Excel only, judged by the
 * bytes (the name may only refine an Office container into DOCX or XLSX).
 */
@Component
class GuideFiles {

  /** What a guide may offer for download. */
  static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "application/msword",
      "application/vnd.ms-excel", "application/x-tika-msoffice", "application/x-tika-ooxml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The container families the bytes alone must show. */
  private static final Set<String> BY_BYTES = Set.of("application/pdf",
      "application/x-tika-msoffice", "application/x-tika-ooxml", "application/zip",
      "application/msword", "application/vnd.ms-excel");

  private final FileStore files;
  private final long maxBytes;
  private final Tika tika = new Tika();

  GuideFiles(FileStore files, @Value("${openhall.materials.max-size:20MB}") DataSize maxSize) {
    this.files = files;
    this.maxBytes = maxSize.toBytes();
  }

  /** Checks and stores a file; the stored file's description. */
  GuideFile store(String fileName, byte[] bytes) {
    GuideFile file = check(fileName, bytes);
    files.put(bytes);
    return file;
  }

  /** Checks a file without storing it. */
  GuideFile check(String fileName, byte[] bytes) {
    String name = cleanName(fileName);
    if (bytes.length == 0) {
      throw DomainException.invalid("GUIDE_FILE_EMPTY", name);
    }
    if (bytes.length > maxBytes) {
      throw new DomainException(Kind.TOO_LARGE, "GUIDE_FILE_TOO_LARGE", name,
          maxBytes / (1024 * 1024));
    }
    String family = tika.detect(bytes);
    String type = tika.detect(bytes, name);
    if (!BY_BYTES.contains(family) || !ALLOWED_TYPES.contains(type)) {
      throw new DomainException(Kind.UNSUPPORTED_MEDIA, "GUIDE_FILE_TYPE_NOT_ALLOWED", name,
          family);
    }
    return new GuideFile(FileStore.sha256(bytes), name, type, bytes.length);
  }

  byte[] bytes(String sha256) {
    return files.get(sha256);
  }

  boolean has(String sha256) {
    return files.has(sha256);
  }

  void put(byte[] bytes) {
    files.put(bytes);
  }

  static String cleanName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "download";
    }
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
