package org.openhall.licence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * 电子证照: renders a {@link LicenceDocument} as a one-page A4 PDF with embedded subset fonts and a QR code.
 *
 * <p>Thread-safe: font files are read once; each render borrows parsed fonts that no other thread uses meanwhile.
 */
public final class LicenceRenderer {

    /** Bundled primary font (WenQuanYi Micro Hei, TrueType outlines). */
    public static final String PRIMARY_FONT = "fonts/wqy-microhei.ttc";
    /** Face of {@link #PRIMARY_FONT} used. */
    public static final String PRIMARY_FACE = "WenQuanYiMicroHei";
    /** Bundled fallback font for CJK Extension B and beyond (HanaMin B). */
    public static final String FALLBACK_FONT = "fonts/HanaMinB.ttf";

    /** Written as the Producer of licences and notices. */
    public static final String PRODUCER = "OpenHall licence renderer (Apache PDFBox)";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float PAGE_W = PAGE.getWidth();
    private static final float PAGE_H = PAGE.getHeight();
    private static final float OUTER_INSET = 28;
    private static final float INNER_INSET = 33;
    private static final float MARGIN = 72;
    private static final float LABEL_X = MARGIN;
    private static final float VALUE_X = MARGIN + 92;
    private static final float RIGHT = PAGE_W - MARGIN;
    private static final float BODY_TOP = PAGE_H - 205;
    private static final float BODY_BOTTOM = 250;
    private static final float QR_SIZE = 100;
    private static final float QR_X = MARGIN + 6;
    private static final float QR_Y = 118;
    private static final float MAX_BODY_SIZE = 13;
    private static final float ISSUING_BLOCK_WIDTH = 250;
    /** Centre and radius of the round seal, over the issuing department and date (package-private for tests). */
    static final float SEAL_CENTRE_X = RIGHT - ISSUING_BLOCK_WIDTH / 2;
    static final float SEAL_CENTRE_Y = QR_Y + 52;
    static final float SEAL_RADIUS = 54;
    /** Seal red (印泥红). */
    private static final float[] SEAL_RED = {0.86f, 0.08f, 0.10f};
    private static final float MIN_BODY_SIZE = 8;

    private final BundledFont primary;
    private final BundledFont fallback;

    /** Uses the fonts bundled under {@code fonts/} on the classpath; fails fast when one is missing. */
    public LicenceRenderer() {
        this(PRIMARY_FONT, PRIMARY_FACE, FALLBACK_FONT, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param primaryFont  classpath resource of the primary TrueType font (.ttf or .ttc)
     * @param primaryFace  PostScript name of the face when {@code primaryFont} is a collection, else null
     * @param fallbackFont classpath resource of a .ttf used for code points the primary font lacks,
     *                     or {@code null} for none
     * @param idleFontsKept parsed fonts of each file kept between renders (about the number of
     *                     concurrent renders; each kept primary font holds about 6 MB)
     * @throws IllegalStateException naming the resource when a font is missing or unreadable
     */
    public LicenceRenderer(String primaryFont, String primaryFace, String fallbackFont, int idleFontsKept) {
        if (idleFontsKept < 1) {
            throw new IllegalArgumentException("idleFontsKept must be at least 1");
        }
        ClassLoader loader = LicenceRenderer.class.getClassLoader();
        this.primary = BundledFont.load(loader, Objects.requireNonNull(primaryFont, "primaryFont"), primaryFace,
                idleFontsKept);
        this.fallback = fallbackFont == null ? null : BundledFont.load(loader, fallbackFont, null, idleFontsKept);
    }

    /** Formats a date the way Chinese official documents do: 2026年11月24日 (no zero padding). */
    public static String chineseDate(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    /**
     * A typesetter on {@code document} with the bundled fonts (parsed once per process, Extension B
     * through the fallback), for other official documents; close it after the document is saved.
     */
    public Typesetter typesetter(PDDocument document) {
        return new Typesetter(document, primary, fallback);
    }

    /** Draws the round red seal of {@code department} centred on (cx, cy), as on the licence. */
    public static void drawSeal(PDPageContentStream content, Typesetter type, String department, float cx,
            float cy) throws IOException {
        drawSeal(content, type, department, cx, cy, SEAL_RADIUS);
    }

    /** Renders the licence; returns the bytes of an unsigned PDF. */
    public byte[] render(LicenceDocument licence) {
        Objects.requireNonNull(licence, "licence");
        Typesetter type = null;
        try (PDDocument document = new PDDocument()) {
            type = new Typesetter(document, primary, fallback);
            describe(document, licence);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawBorder(content);
                drawHeader(content, type, licence);
                drawBody(content, type, licence);
                drawFooter(content, type, licence);
                drawSeal(content, type, licence.issuingDepartment());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render licence " + licence.licenceNumber(), e);
        } finally {
            release(type);
        }
    }

    /** Gives the fonts back after the document was saved and closed. */
    private static void release(Typesetter type) {
        if (type != null) {
            try {
                type.close();
            } catch (IOException e) {
                // closing an in-memory font buffer does not fail in practice, and must not hide a render error
            }
        }
    }

    /** PDF/A-2b, with a title, issuer and the day of issue; nothing that changes from one render to the next. */
    private static void describe(PDDocument document, LicenceDocument licence) throws IOException {
        ArchivalPdf.declare(document, new ArchivalPdf.Description(
                licence.licenceTitle() + " " + licence.licenceNumber(), licence.issuingDepartment(),
                licence.itemName(), PRODUCER, licence.issuedOn()));
        document.getDocumentCatalog().setLanguage("zh-CN");
        // a file identifier derived from the content, so the same licence always renders to the same bytes
        COSString id = new COSString(Arrays.copyOf(sha256(licence.toString()), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void drawBorder(PDPageContentStream content) throws IOException {
        content.setStrokingColor(0.55f, 0.12f, 0.10f);
        content.setLineWidth(1.6f);
        content.addRect(OUTER_INSET, OUTER_INSET, PAGE_W - 2 * OUTER_INSET, PAGE_H - 2 * OUTER_INSET);
        content.stroke();
        content.setLineWidth(0.6f);
        content.addRect(INNER_INSET, INNER_INSET, PAGE_W - 2 * INNER_INSET, PAGE_H - 2 * INNER_INSET);
        content.stroke();
    }

    private static void drawHeader(PDPageContentStream content, Typesetter type, LicenceDocument licence)
            throws IOException {
        float width = RIGHT - MARGIN;
        String title = type.clean(licence.licenceTitle());
        float size = 34;
        while (size > 18 && type.width(title, size) > width) {
            size -= 1;
        }
        List<String> titleLines = type.wrap(title, size, width);
        float y = PAGE_H - 118;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (String line : titleLines.subList(0, Math.min(2, titleLines.size()))) {
            type.showCentred(content, line, size, PAGE_W / 2, y);
            y -= size * 1.25f;
        }
        String number = type.clean("编号：" + licence.licenceNumber());
        type.showCentred(content, number, 12, PAGE_W / 2, PAGE_H - 160);

        content.setStrokingColor(0.55f, 0.12f, 0.10f);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, PAGE_H - 178);
        content.lineTo(RIGHT, PAGE_H - 178);
        content.stroke();
    }

    private static void drawBody(PDPageContentStream content, Typesetter type, LicenceDocument licence)
            throws IOException {
        List<Field> fields = List.of(
                new Field("持证主体", List.of(licence.holderName())),
                new Field("证件号码", List.of(licence.holderId().isBlank() ? "—" : licence.holderId())),
                new Field("许可事项", List.of(licence.itemName())),
                new Field("许可内容", licence.contentLines().isEmpty() ? List.of("—") : licence.contentLines()),
                new Field("有效期限", List.of(validity(licence))));

        float size = MAX_BODY_SIZE;
        List<List<String>> wrapped = wrapFields(type, fields, size);
        while (height(wrapped, size) > BODY_TOP - BODY_BOTTOM) {
            if (size <= MIN_BODY_SIZE) {
                throw new IllegalArgumentException("Licence " + licence.licenceNumber()
                        + ": content does not fit on one page even at " + MIN_BODY_SIZE + " pt");
            }
            size -= 0.5f;
            wrapped = wrapFields(type, fields, size);
        }

        float leading = size * 1.6f;
        float y = BODY_TOP;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < fields.size(); i++) {
            type.show(content, type.clean(fields.get(i).label() + "："), size, LABEL_X, y);
            for (String line : wrapped.get(i)) {
                type.show(content, line, size, VALUE_X, y);
                y -= leading;
            }
            y -= size * 0.7f;
        }
    }

    private static String validity(LicenceDocument licence) {
        if (licence.longTerm()) {
            return chineseDate(licence.issuedOn()) + " 起长期有效";
        }
        return chineseDate(licence.issuedOn()) + " 至 " + chineseDate(licence.validUntil());
    }

    private static List<List<String>> wrapFields(Typesetter type, List<Field> fields, float size) throws IOException {
        List<List<String>> result = new ArrayList<>(fields.size());
        for (Field field : fields) {
            List<String> lines = new ArrayList<>();
            for (String value : field.values()) {
                List<String> wrapped = type.wrap(type.clean(value), size, RIGHT - VALUE_X);
                lines.addAll(wrapped.isEmpty() ? List.of("") : wrapped);
            }
            result.add(lines);
        }
        return result;
    }

    private static float height(List<List<String>> wrapped, float size) {
        int lines = wrapped.stream().mapToInt(List::size).sum();
        return lines * size * 1.6f + wrapped.size() * size * 0.7f;
    }

    private static void drawFooter(PDPageContentStream content, Typesetter type, LicenceDocument licence)
            throws IOException {
        drawQrCode(content, licence.verifyUrl(), QR_X, QR_Y, QR_SIZE);
        float qrCentre = QR_X + QR_SIZE / 2;
        content.setNonStrokingColor(0f, 0f, 0f);
        type.showCentred(content, type.clean("验证码：" + licence.verificationCode()), 9, qrCentre, QR_Y - 16);
        type.showCentred(content, type.clean("扫码核验真伪"), 8, qrCentre, QR_Y - 28);

        float blockWidth = ISSUING_BLOCK_WIDTH;
        float blockCentre = RIGHT - blockWidth / 2;
        List<String> department = type.wrap(type.clean("发证机关：" + licence.issuingDepartment()), 13, blockWidth);
        float y = QR_Y + 64 + (department.size() - 1) * 8;
        for (String line : department) {
            type.showCentred(content, line, 13, blockCentre, y);
            y -= 20;
        }
        type.showCentred(content, type.clean(chineseDate(licence.issuedOn())), 13, blockCentre, y - 6);

        content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        type.showCentred(content, type.clean("本证照为电子证照，可扫描二维码或凭验证码核验真伪，经电子签章后方为有效。"),
                8, PAGE_W / 2, INNER_INSET + 18);
    }

    /**
     * 公章: a round red seal drawn as vector graphics over the issuing department and date: a ring, a
     * five-pointed star in the middle and the department's name along the upper arc, in multiply
     * blend so the black text under it stays readable. The seal is the visible sign; the digital
     * signature ({@link LicenceSeal}) is what proves the licence.
     */
    private static void drawSeal(PDPageContentStream content, Typesetter type, String department)
            throws IOException {
        drawSeal(content, type, department, SEAL_CENTRE_X, SEAL_CENTRE_Y, SEAL_RADIUS);
    }

    private static void drawSeal(PDPageContentStream content, Typesetter type, String department, float cx,
            float cy, float r) throws IOException {
        content.saveGraphicsState();
        PDExtendedGraphicsState multiply = new PDExtendedGraphicsState();
        multiply.setBlendMode(BlendMode.MULTIPLY);
        content.setGraphicsStateParameters(multiply);
        content.setStrokingColor(SEAL_RED[0], SEAL_RED[1], SEAL_RED[2]);
        content.setNonStrokingColor(SEAL_RED[0], SEAL_RED[1], SEAL_RED[2]);

        content.setLineWidth(3.2f);
        circle(content, cx, cy, r - 1.6f);
        content.stroke();

        star(content, cx, cy, r * 0.30f);
        content.fill();

        String name = type.clean(department).strip();
        int count = name.codePointCount(0, name.length());
        if (count > 0) {
            float size = Math.min(14, Math.max(6, r * 2.6f / count));
            float radius = r - 6 - size; // baseline radius: the glyphs' tops run just inside the ring
            double step = Math.min(size * 1.15 / radius, Math.toRadians(220) / Math.max(1, count - 1));
            double first = Math.PI / 2 + step * (count - 1) / 2; // left end; characters run clockwise
            int[] cps = name.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                double angle = first - i * step;
                float x = cx + radius * (float) Math.cos(angle);
                float y = cy + radius * (float) Math.sin(angle);
                type.showTurned(content, new String(cps, i, 1), size, x, y, angle - Math.PI / 2);
            }
        }
        content.restoreGraphicsState();
    }

    /** A circle as four Bézier curves (κ = 0.5523). */
    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    /** A five-pointed star, one point up, as a ten-corner outline. */
    private static void star(PDPageContentStream content, float cx, float cy, float outer) throws IOException {
        float inner = outer * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? outer : inner;
            float x = cx + radius * (float) Math.cos(angle);
            float y = cy + radius * (float) Math.sin(angle);
            if (i == 0) {
                content.moveTo(x, y);
            } else {
                content.lineTo(x, y);
            }
        }
        content.closePath();
    }

    /** Draws the QR symbol's dark modules as one filled path (no seams); the page provides the quiet zone. */
    /** Draws {@code text} as a QR code (one rectangle per run of dark modules) with its lower left at (x, y). */
    public static void drawQrCode(PDPageContentStream content, String text, float x, float y, float size)
            throws IOException {
        ByteMatrix matrix = qrModules(text);
        int n = matrix.getWidth();
        float module = size / n;
        float top = y + size;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row) == 1) {
                    col++;
                }
                content.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        content.fill();
    }

    private static ByteMatrix qrModules(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, hints);
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("verifyUrl cannot be encoded as a QR code: " + e.getMessage(), e);
        }
    }

    /** One labelled row of the licence body. */
    private record Field(String label, List<String> values) {
    }
}
