package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenceSealTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-24T02:30:00Z");
    private static final Clock CLOCK = Clock.fixed(SIGNED_AT, ZoneId.of("Asia/Shanghai"));

    private static byte[] unsigned;
    private static LicenceSeal seal;
    private static byte[] signed;

    private final LicenceVerification verification = new LicenceVerification();

    @BeforeAll
    static void signSample() {
        unsigned = new LicenceRenderer().render(Samples.foodLicence(Samples.HOLDER));
        seal = LicenceSeal.demo("北京市海淀区市场监督管理局", "北京市", CLOCK);
        signed = seal.sign(unsigned);
    }

    @Test
    void signedPdfVerifiesIntactWithSignerAndSigningTime() {
        LicenceVerification.Result result = verification.verify(signed);

        assertThat(result.signed()).isTrue();
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.coversWholeDocument()).isTrue();
        assertThat(result.valid()).isTrue();
        assertThat(result.signerSubject()).contains("CN=OpenHall Demo Seal");
        assertThat(result.signingTime()).isEqualTo(SIGNED_AT);
        assertThat(result.problem()).isNull();
    }

    @Test
    void signedLicenceShowsARedSealOverTheIssuingLine() throws IOException {
        float dpi = 100;
        float scale = dpi / 72;
        java.awt.image.BufferedImage image;
        float pageHeight;
        try (PDDocument document = Loader.loadPDF(signed)) {
            pageHeight = document.getPage(0).getMediaBox().getHeight();
            image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
        float r = LicenceRenderer.SEAL_RADIUS;
        int left = Math.round((LicenceRenderer.SEAL_CENTRE_X - r) * scale);
        int right = Math.round((LicenceRenderer.SEAL_CENTRE_X + r) * scale);
        int top = Math.round((pageHeight - LicenceRenderer.SEAL_CENTRE_Y - r) * scale);
        int bottom = Math.round((pageHeight - LicenceRenderer.SEAL_CENTRE_Y + r) * scale);

        int inSeal = redPixels(image, left, top, right, bottom);
        int leftHalfOfPage = redPixels(image, 0, 0, image.getWidth() / 2, image.getHeight());

        assertThat(inSeal).as("red pixels in the seal's square").isGreaterThan(1500);
        assertThat(leftHalfOfPage).as("red pixels far from the seal").isZero();
    }

    private static int redPixels(java.awt.image.BufferedImage image, int left, int top, int right, int bottom) {
        int count = 0;
        for (int y = Math.max(0, top); y < Math.min(image.getHeight(), bottom); y++) {
            for (int x = Math.max(0, left); x < Math.min(image.getWidth(), right); x++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xFF;
                int green = (rgb >> 8) & 0xFF;
                int blue = rgb & 0xFF;
                if (red > 170 && green < 90 && blue < 90) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void signatureCarriesNameReasonLocationAndCadesSubFilter() throws IOException {
        assertThat(Arrays.copyOf(signed, unsigned.length)).as("incremental: original bytes kept").isEqualTo(unsigned);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();

            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getReason()).isEqualTo("电子证照签章");
            assertThat(signature.getName()).isEqualTo("北京市海淀区市场监督管理局");
            assertThat(signature.getLocation()).isEqualTo("北京市");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SIGNED_AT);
        }
    }

    @Test
    void oneByteChangedInsideTheSignedRangeIsNotIntact() throws IOException {
        int[] range;
        try (PDDocument document = Loader.loadPDF(signed)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        // change a byte of stream data (the file still parses) inside the first signed range
        int position = indexOf(signed, "stream\n".getBytes(StandardCharsets.US_ASCII)) + 40;
        assertThat(position).isBetween(100, range[1] - 1);
        byte[] tampered = signed.clone();
        tampered[position] ^= 0x01;

        LicenceVerification.Result result = verification.verify(tampered);

        assertThat(result.signed()).isTrue();
        assertThat(result.intact()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isNotBlank();
    }

    @Test
    void bytesAppendedAfterSigningAreReported() {
        byte[] appended = Arrays.copyOf(signed, signed.length + 20);
        byte[] extra = "\n% appended later\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(extra, 0, appended, signed.length, extra.length);

        LicenceVerification.Result result = verification.verify(appended);

        assertThat(result.intact()).isTrue();
        assertThat(result.coversWholeDocument()).isFalse();
        assertThat(result.valid()).isFalse();
    }

    @Test
    void unsignedOrDamagedPdfIsReportedUnsignedWithoutThrowing() {
        assertThat(verification.verify(unsigned).signed()).isFalse();
        assertThat(verification.verify("not a pdf".getBytes(StandardCharsets.US_ASCII)).signed()).isFalse();
        assertThat(verification.verify(new byte[0]).signed()).isFalse();
    }

    @Test
    void pdfsigReportsTheSignatureValid(@TempDir Path directory) throws Exception {
        assumeTrue(onPath("pdfsig"), "pdfsig (poppler-utils) is not installed");
        Path file = directory.resolve("signed.pdf");
        Files.write(file, signed);

        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("Signature is Valid", "OpenHall Demo Seal", "ETSI.CAdES.detached",
                "Total document signed");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
