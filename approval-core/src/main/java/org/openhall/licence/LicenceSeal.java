package org.openhall.licence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * 电子签章: signs a rendered licence PDF with a PKCS#12 key as a detached CMS (PAdES, ETSI.CAdES.detached) signature.
 *
 * <p>The signing time is written to the signature dictionary (/M), inside the signed byte range, as
 * PAdES baseline asks; the CMS carries the ESS signing-certificate-v2 attribute. Thread-safe.
 */
public final class LicenceSeal {

    /** Reason written into every signature. */
    public static final String REASON = "电子证照签章";
    /** Common name of the generated demo certificate. */
    public static final String DEMO_COMMON_NAME = "OpenHall Demo Seal";

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final PrivateKey key;
    private final List<X509Certificate> chain;
    private final String signerName;
    private final String location;
    private final Clock clock;

    /**
     * @param key        private key of the seal
     * @param chain      signing certificate first, then its issuers (may be just the one certificate)
     * @param signerName name written into the signature (/Name), e.g. the issuing department
     * @param location   place written into the signature (/Location), e.g. 北京市
     * @param clock      source of the signing time
     */
    public LicenceSeal(PrivateKey key, List<X509Certificate> chain, String signerName, String location, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.chain = List.copyOf(Objects.requireNonNull(chain, "chain"));
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("chain must hold at least the signing certificate");
        }
        this.signerName = Objects.requireNonNull(signerName, "signerName");
        this.location = Objects.requireNonNull(location, "location");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A seal from a keystore entry: its key and its certificate chain (signing certificate first). */
    public static LicenceSeal of(KeyStore.PrivateKeyEntry entry, String signerName, String location, Clock clock) {
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : entry.getCertificateChain()) {
            chain.add((X509Certificate) certificate);
        }
        return new LicenceSeal(entry.getPrivateKey(), chain, signerName, location, clock);
    }

    /** A seal with a freshly generated self-signed RSA-2048 "OpenHall Demo Seal" certificate, in memory (tests, samples). */
    public static LicenceSeal demo(String signerName, String location, Clock clock) {
        return of(selfSigned(DEMO_COMMON_NAME, "OpenHall", clock), signerName, location, clock);
    }

    /**
     * A new RSA-2048 key with a self-signed certificate for {@code CN=commonName, O=organisation, C=CN}, valid
     * for ten years from yesterday: the demo's department seals, and test keystores.
     */
    public static KeyStore.PrivateKeyEntry selfSigned(String commonName, String organisation, Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.CN, commonName)
                    .build();
            Instant now = clock.instant();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    subject,
                    pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new KeyStore.PrivateKeyEntry(pair.getPrivate(), new Certificate[] {certificate});
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a self-signed seal certificate", e);
        }
    }

    /** The signing certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Signs the PDF; returns the original bytes followed by an incremental update holding the signature. */
    public byte[] sign(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(REASON);
            signature.setLocation(location);
            signature.setSignDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
            document.addSignature(signature);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] content;
            try (InputStream signed = external.getContent()) {
                content = signed.readAllBytes();
            }
            external.setSignature(cms(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign licence PDF", e);
        }
        return out.toByteArray();
    }

    private byte[] cms(byte[] content) throws IOException {
        try {
            X509Certificate certificate = certificate();
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(padesAttributes(certificate))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(content), false);
            return data.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot create CMS signature: " + e.getMessage(), e);
        }
    }

    /** content-type, message-digest, algorithm protection and signing-certificate-v2; no signing-time (it is in /M). */
    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        X509CertificateHolder holder = new X509CertificateHolder(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber());
        SigningCertificateV2 signingCertificate =
                new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)});
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
        DefaultSignedAttributeTableGenerator defaults =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
