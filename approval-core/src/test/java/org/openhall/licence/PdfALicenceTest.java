package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Licences are PDF/A-2b as veraPDF sees them, signed or not, and the seal's signature keeps verifying. */
class PdfALicenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void renderAndSign() {
        // the holder's name has an Extension B character: both bundled fonts are embedded
        unsigned = new LicenceRenderer().render(Samples.foodLicence(Samples.HOLDER));
        signed = LicenceSeal.demo("北京市海淀区市场监督管理局", "北京市", CLOCK).sign(unsigned);
    }

    @Test
    void aSignedLicenceIsPdfA2bAndItsSignatureVerifies() {
        List<String> violations = PdfAConformance.pdfA2bViolations(signed);

        assertThat(violations).as("PDF/A-2b rules the signed licence breaks:%n%s", String.join("\n", violations))
                .isEmpty();
        LicenceVerification.Result verified = new LicenceVerification().verify(signed);
        assertThat(verified.valid()).as(verified.problem()).isTrue();
    }

    @Test
    void anUnsignedLicenceIsPdfA2b() {
        List<String> violations = PdfAConformance.pdfA2bViolations(unsigned);

        assertThat(violations).as("PDF/A-2b rules the licence breaks:%n%s", String.join("\n", violations)).isEmpty();
    }

    @Test
    void theDocumentInformationNamesTheLicenceItsIssuerAndTheDayOfIssue() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDDocumentInformation info = document.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("食品经营许可证 JY11108052026001234");
            assertThat(info.getAuthor()).isEqualTo("北京市海淀区市场监督管理局");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
                    .contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                            "食品经营许可证 JY11108052026001234", "2026-11-24T00:00:00+08:00");
        }
    }

    @Test
    void markupCharactersAndATabInTheTitleKeepTheMetadataInStepWithTheDocumentInformation() {
        LicenceDocument sample = Samples.foodLicence(Samples.PLAIN_HOLDER);
        LicenceDocument awkward = new LicenceDocument(sample.licenceNumber(), sample.verificationCode(),
                sample.holderName(), sample.holderId(), "餐饮服务<热食>\t& \"冷食\"", "食品经营许可证 & <副本>",
                sample.contentLines(), sample.issuingDepartment(), sample.issuedOn(), sample.validUntil(),
                sample.verifyUrl());

        List<String> violations = PdfAConformance.pdfA2bViolations(new LicenceRenderer().render(awkward));

        assertThat(violations).as("PDF/A-2b rules the licence breaks:%n%s", String.join("\n", violations)).isEmpty();
    }

    /** The check can fail: the same licence without its sRGB output intent breaks the DeviceRGB rule. */
    @Test
    void aLicenceWithoutItsOutputIntentIsNotPdfA() throws IOException {
        byte[] withoutIntent;
        try (PDDocument document = Loader.loadPDF(unsigned)) {
            document.getDocumentCatalog().getCOSObject().setItem(COSName.OUTPUT_INTENTS, new COSArray());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            withoutIntent = out.toByteArray();
        }

        assertThat(PdfAConformance.pdfA2bViolations(withoutIntent)).anyMatch(rule -> rule.startsWith("6.2.4.3"));
    }
}
