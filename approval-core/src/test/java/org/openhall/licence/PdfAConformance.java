package org.openhall.licence;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF (its own PDF parser, not PDFBox) on a PDF against PDF/A-2b; shared by the PDF/A tests. */
public final class PdfAConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAConformance() {
    }

    /** The PDF/A-2b rules the PDF breaks, one line each (rule, clause, message, where); empty when it conforms. */
    public static List<String> pdfA2bViolations(byte[] pdf) {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage() + " at " + a.getLocation().getContext())
                    .distinct()
                    .toList();
            if (failed.isEmpty() && !result.isCompliant()) {
                return List.of("not compliant, no failed rule reported");
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF: " + e, e);
        }
    }
}
