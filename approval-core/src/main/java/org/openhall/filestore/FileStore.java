package org.openhall.filestore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stores bytes once under their SHA-256 ({@code <dir>/ab/cd/abcd…}). Writing is atomic (temp file
 * then move), so a crash never leaves a half file under a valid name; the same bytes twice are
 * stored once.
 */
@Component
public class FileStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;

  FileStore(@Value("${openhall.data-dir}") Path dataDir) {
    this.root = dataDir.resolve("files").toAbsolutePath();
  }

  /** Stores the bytes and returns their SHA-256 in lower-case hex. */
  public String put(byte[] bytes) {
    String sha = sha256(bytes);
    Path target = pathOf(sha);
    if (Files.exists(target)) {
      return sha;
    }
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), sha, ".part");
      Files.write(temp, bytes);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store file " + sha, e);
    }
  }

  /** Whether bytes are stored under {@code sha256} (without reading them). */
  public boolean has(String sha256) {
    return SHA256.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
  }

  /** The bytes stored under {@code sha256}. */
  public byte[] get(String sha256) {
    try {
      return Files.readAllBytes(pathOf(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored file " + sha256, e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private Path pathOf(String sha) {
    if (!SHA256.matcher(sha).matches()) {
      throw new IllegalArgumentException("not a SHA-256 hex digest");
    }
    return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
  }
}
