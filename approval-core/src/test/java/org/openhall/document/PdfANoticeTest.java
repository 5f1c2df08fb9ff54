package org.openhall.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.licence.LicenceRenderer;
import org.openhall.licence.LicenceSeal;
import org.openhall.licence.LicenceVerification;
import org.openhall.licence.PdfAConformance;

/** Notices and decisions are PDF/A-2b as veraPDF sees them once sealed, and the seal keeps verifying. */
class PdfANoticeTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/documents", Locale.ROOT);

  /** 不予行政许可决定书 in the words the issuing step uses, for an applicant with an Extension B name. */
  private static DocumentRenderer.Content denialDecision() {
    String caseNumber = "2026120200001";
    return new DocumentRenderer.Content(text("document.kind.DENIAL_DECISION"),
        text("document.reference", caseNumber), text("document.addressee", "北京市海淀区张𠀀记餐饮有限公司"),
        List.of(text("document.DENIAL_DECISION.body", "2026年11月20日", "食品经营许可（新办）", caseNumber),
            text("document.reasons", "经营场所与申请材料所述不符。"), text("document.appeal"),
            text("document.closing")),
        "北京市海淀区市场监督管理局", LocalDate.of(2026, 12, 2), "ABCDEF123456",
        "https://openhall.example.gov.cn/verify/ABCDEF123456");
  }

  private static String text(String key, Object... arguments) {
    return MessageFormat.format(TEXTS.getString(key), arguments);
  }

  private static byte[] sealedDenialDecision() {
    byte[] unsigned = new DocumentRenderer(new LicenceRenderer()).render(denialDecision());
    return LicenceSeal.demo("北京市海淀区市场监督管理局", "北京市", CLOCK).sign(unsigned);
  }

  @Test
  void aSealedDenialDecisionIsPdfA2bAndItsSignatureVerifies() {
    byte[] sealed = sealedDenialDecision();

    List<String> violations = PdfAConformance.pdfA2bViolations(sealed);

    assertThat(violations).as("PDF/A-2b rules the sealed decision breaks:%n%s", String.join("\n", violations))
        .isEmpty();
    LicenceVerification.Result verified = new LicenceVerification().verify(sealed);
    assertThat(verified.valid()).as(verified.problem()).isTrue();
  }

  @Test
  void pdfsigReportsTheSealOfAPdfADecisionValid(@TempDir Path directory) throws Exception {
    assumeTrue(onPath("pdfsig"), "pdfsig (poppler-utils) is not installed");
    Path file = directory.resolve("decision.pdf");
    Files.write(file, sealedDenialDecision());

    Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).contains("Signature is Valid", "Total document signed");
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
