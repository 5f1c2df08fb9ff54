package org.openhall.licence;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The PDF/A-2b rules the PDF breaks, one line each (clause-test, count, message, first place); empty when it conforms. */
    public static List<String> pdfA2bViolations(byte[] pdf) {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            // one line per broken rule: how often, what it says, and where it broke first
            Map<String, List<TestAssertion>> byRule = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(
                            a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            LinkedHashMap::new, Collectors.toList()));
            List<String> failed = byRule.entrySet().stream()
                    .map(rule -> {
                        TestAssertion first = rule.getValue().get(0);
                        return rule.getKey() + " (" + rule.getValue().size() + "×): " + first.getMessage()
                                + " first at " + first.getLocation().getContext();
                    })
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
