package org.openhall.licence;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * PDF/A-2b (ISO 19005-2, level B): declares a rendered licence or notice an archival PDF, so that it
 * still displays the same in decades without the fonts or colours of the reader's machine.
 *
 * <p>Writes the document information and the same facts as XMP metadata (with {@code pdfaid:part=2},
 * {@code conformance=B}), and an sRGB output intent for the DeviceRGB colours the renderers use. The
 * dates are the day of issue at midnight China Standard Time, so the same document always renders to
 * the same bytes. Fonts must be embedded (the {@link Typesetter} does) and no glyph may be missing
 * (its {@code clean} sees to that). Thread-safe.
 */
public final class ArchivalPdf {

    /** Written as the Creator (xmp:CreatorTool) of every document. */
    static final String CREATOR = "OpenHall";

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";
    /** The platform's sRGB profile (about 3 KB), read and compressed once, not per document. */
    private static final byte[] SRGB_DEFLATED = deflate(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

    private ArchivalPdf() {
    }

    /**
     * What the document information and XMP say about a document.
     *
     * @param title    the title (Info /Title, dc:title)
     * @param author   who issued it (Info /Author, dc:creator)
     * @param subject  what it is about (Info /Subject, dc:description), or null
     * @param producer the program that wrote the PDF (Info /Producer, pdf:Producer)
     * @param issuedOn the day of issue (Info /CreationDate and /ModDate, xmp:CreateDate and ModifyDate)
     */
    public record Description(String title, String author, String subject, String producer, LocalDate issuedOn) {
        public Description {
            title = plain(Objects.requireNonNull(title, "title"));
            author = plain(Objects.requireNonNull(author, "author"));
            subject = subject == null ? null : plain(subject);
            producer = plain(Objects.requireNonNull(producer, "producer"));
            Objects.requireNonNull(issuedOn, "issuedOn");
        }

        /** Control characters (TAB, CR, ...) become spaces: XML cannot hold them, and Info and XMP must agree. */
        private static String plain(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
            return out.toString().strip();
        }
    }

    /** Makes {@code document} declare itself PDF/A-2b, described by {@code description}. Call before saving. */
    public static void declare(PDDocument document, Description description) throws IOException {
        GregorianCalendar created = GregorianCalendar.from(description.issuedOn().atStartOfDay(CHINA));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setCreator(CREATOR);
        info.setProducer(description.producer());
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        // PDF/A wants the metadata readable without decoding: the stream is written unfiltered
        try (OutputStream out = metadata.getCOSObject().createRawOutputStream()) {
            out.write(xmp(description, description.issuedOn().atStartOfDay(CHINA)));
        }
        catalog.setMetadata(metadata);

        COSStream profile = document.getDocument().createCOSStream();
        try (OutputStream out = profile.createRawOutputStream()) {
            out.write(SRGB_DEFLATED);
        }
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        PDOutputIntent intent = new PDOutputIntent(new COSDictionary());
        intent.getCOSObject().setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        intent.getCOSObject().setName(COSName.S, "GTS_PDFA1"); // the subtype of every PDF/A part
        intent.getCOSObject().setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        intent.setInfo(OUTPUT_CONDITION);
        intent.setOutputCondition(OUTPUT_CONDITION);
        intent.setOutputConditionIdentifier(OUTPUT_CONDITION);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] xmp(Description d, ZonedDateTime created) {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n")
                .append("<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(d.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(d.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (d.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(d.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<pdf:Producer>").append(escape(d.producer())).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
