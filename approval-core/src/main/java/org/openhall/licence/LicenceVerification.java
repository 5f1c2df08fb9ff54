package org.openhall.licence;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * 证照验签: checks the last signature of a licence PDF with BouncyCastle and reports whether the signed bytes are intact.
 *
 * <p>It checks integrity (the digest of the signed byte range and the CMS signature), not trust: the
 * caller decides whether {@link Result#signerSubject()} is a seal it accepts. Thread-safe.
 */
public final class LicenceVerification {

    /**
     * Outcome of {@link #verify(byte[])}.
     *
     * @param signed              the PDF holds at least one signature
     * @param intact              the signature's byte range digest matches and the CMS signature is valid
     * @param coversWholeDocument the signed byte range reaches the end of the file (nothing was appended after signing)
     * @param signerSubject       subject DN of the signing certificate, or null
     * @param signingTime         signing time (CMS signing-time attribute, else the signed /M entry), or null
     * @param problem             why the PDF is unsigned or not intact, or null when intact
     */
    public record Result(boolean signed, boolean intact, boolean coversWholeDocument, String signerSubject,
                         Instant signingTime, String problem) {

        /** Intact and nothing appended after signing. */
        public boolean valid() {
            return intact && coversWholeDocument;
        }

        static Result unsigned(String problem) {
            return new Result(false, false, false, null, null, problem);
        }
    }

    /** Verifies the last signature in the PDF; never throws for a damaged or unsigned file. */
    public Result verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return Result.unsigned("empty file");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Result.unsigned("no signature");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            return check(signature, pdf);
        } catch (IOException | RuntimeException e) {
            return Result.unsigned("not a readable PDF: " + e.getMessage());
        }
    }

    private static Result check(PDSignature signature, byte[] pdf) {
        Instant markedTime = toInstant(signature.getSignDate());
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return new Result(true, false, false, null, markedTime,
                    "byte range " + Arrays.toString(range) + " does not fit the file");
        }
        boolean whole = (long) range[2] + range[3] == pdf.length;
        X509CertificateHolder certificate = null;
        try {
            byte[] signedContent = signature.getSignedContent(pdf);
            byte[] contents = signature.getContents(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Result(true, false, whole, null, markedTime, signers.size() + " signers in CMS");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Result(true, false, whole, null, markedTime, "signing certificate not in CMS");
            }
            certificate = matches.iterator().next();
            String subject = certificate.getSubject().toString();
            Instant time = signingTime(signer, markedTime);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return new Result(true, false, whole, subject, time, "CMS signature does not verify");
            }
            String certificateProblem = signingCertificateProblem(signer, certificate);
            if (certificateProblem != null) {
                return new Result(true, false, whole, subject, time, certificateProblem);
            }
            return new Result(true, true, whole, subject, time,
                    whole ? null : "bytes were appended after signing");
        } catch (CMSException e) {
            // includes CMSSignerDigestMismatchException: the signed bytes were changed
            String subject = certificate == null ? null : certificate.getSubject().toString();
            return new Result(true, false, whole, subject, markedTime, e.getMessage());
        } catch (IOException | OperatorCreationException | java.security.cert.CertificateException
                 | RuntimeException e) {
            return new Result(true, false, whole, null, markedTime, "cannot read signature: " + e.getMessage());
        }
    }

    private static Instant signingTime(SignerInformation signer, Instant markedTime) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return markedTime;
        }
        try {
            Object value = attribute.getAttrValues().getObjectAt(0);
            Time time = Time.getInstance(value);
            return time.getDate().toInstant();
        } catch (RuntimeException e) {
            return markedTime;
        }
    }

    /** If the CMS names its signing certificate (ESS signing-certificate-v2), it must be the one used. */
    private static String signingCertificateProblem(SignerInformation signer, X509CertificateHolder certificate)
            throws IOException {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null
                : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return null;
        }
        SigningCertificateV2 named = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
        ESSCertIDv2[] ids = named.getCerts();
        if (ids.length == 0) {
            return "empty signing-certificate-v2 attribute";
        }
        try {
            String algorithm = ids[0].getHashAlgorithm().getAlgorithm().getId();
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            if (!MessageDigest.isEqual(digest.digest(certificate.getEncoded()), ids[0].getCertHash())) {
                return "signing-certificate-v2 names another certificate";
            }
            return null;
        } catch (NoSuchAlgorithmException e) {
            return "unsupported hash in signing-certificate-v2: " + e.getMessage();
        }
    }

    private static Instant toInstant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
