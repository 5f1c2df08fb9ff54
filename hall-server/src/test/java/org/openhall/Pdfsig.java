package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Poppler's {@code pdfsig}, the independent judge of a document's seal (installed by .ci/run). */
final class Pdfsig {

  private Pdfsig() {
  }

  static boolean installed() {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdfsig")));
  }

  /**
   * pdfsig reports the PDF's signature valid, made with a certificate whose common name is the department's
   * name and covering the whole file, and invalid once one byte inside the signed range is changed.
   */
  static void assertSealedBy(byte[] pdf, String department) throws IOException, InterruptedException {
    assertThat(report(pdf)).contains("Signature Validation: Signature is Valid.",
        "Signer Certificate Common Name: " + department, "ETSI.CAdES.detached", "Total document signed");
    assertThat(report(withOneByteChanged(pdf))).as("one byte changed")
        .doesNotContain("Signature is Valid.").contains("Digest Mismatch");
  }

  static String report(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("pdfsig", ".pdf");
    try {
      Files.write(file, pdf);
      Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
      return output;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The signed PDF with one byte of stream data inside the first signed range changed (the file still parses). */
  static byte[] withOneByteChanged(byte[] signed) throws IOException {
    int[] range;
    try (PDDocument document = Loader.loadPDF(signed)) {
      range = document.getLastSignatureDictionary().getByteRange();
    }
    byte[] needle = "stream\n".getBytes(StandardCharsets.US_ASCII);
    int position = -1;
    for (int i = 0; i + needle.length <= signed.length && position < 0; i++) {
      if (Arrays.equals(signed, i, i + needle.length, needle, 0, needle.length)) {
        position = i + needle.length + 20;
      }
    }
    assertThat(position).as("a byte of stream data inside the signed range").isBetween(range[0], range[1] - 1);
    byte[] tampered = signed.clone();
    tampered[position] ^= 0x01;
    return tampered;
  }
}
