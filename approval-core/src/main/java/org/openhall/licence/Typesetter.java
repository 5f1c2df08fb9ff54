package org.openhall.licence;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Sets text for one render: cleans strings so that every code point has a glyph, picks the primary
 * or the fallback font per code point, measures, wraps and shows text. Not thread-safe: one
 * instance per document. Fonts are embedded lazily, so the fallback is only embedded when used.
 * Close it after the document has been saved (subsetting happens during save): that releases the
 * borrowed fonts.
 */
public final class Typesetter implements Closeable {

    /** Printed when neither font has a glyph. */
    private static final int MISSING = '\u25A1'; // □
    private static final String NO_LINE_START = "，。、；：？！）］｝」』】》〉”’…·%,.;:?!)]}'\"";
    private static final String NO_LINE_END = "（［｛「『【《〈“‘([{";

    private final PDDocument document;
    private final BundledFont primary;
    private final BundledFont fallback;
    private final int missingGlyph;
    private final List<Borrowed> opened = new ArrayList<>(2);
    private PDType0Font primaryFont;
    private PDType0Font fallbackFont;

    Typesetter(PDDocument document, BundledFont primary, BundledFont fallback) {
        this.document = document;
        this.primary = primary;
        this.fallback = fallback;
        this.missingGlyph = primary.covers(MISSING) ? MISSING : '?';
    }

    /**
     * Returns the text with control characters (TAB, CR, LF, ...) and separators replaced by a
     * space, invisible format characters (U+200B, U+FEFF, ...) and unsupported combining marks dropped, and any other
     * code point that neither font can draw replaced by □.
     */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (type == Character.FORMAT) {
                // zero-width space/joiners, BOM, bidi marks: invisible, and they would break text search
            } else if (covered(cp)) {
                out.appendCodePoint(cp);
            } else if (type == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                // variation selectors and combining marks no font has: nothing to draw
            } else {
                out.appendCodePoint(missingGlyph);
            }
        });
        return out.toString();
    }

    private boolean covered(int cp) {
        return primary.covers(cp) || (fallback != null && fallback.covers(cp));
    }

    /** Width in points of cleaned text. */
    public float width(String clean, float size) throws IOException {
        float total = 0;
        for (Run run : runs(clean)) {
            total += run.font().getStringWidth(run.text()) / 1000f * size;
        }
        return total;
    }

    /** Shows cleaned text with its baseline starting at (x, y). */
    public void show(PDPageContentStream content, String clean, float size, float x, float y) throws IOException {
        if (clean.isEmpty()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(clean)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    /**
     * Shows cleaned text centred on (centreX, y) in a frame turned by {@code angle} radians
     * anticlockwise about that point, e.g. one character of a seal's arc.
     */
    void showTurned(PDPageContentStream content, String clean, float size, float centreX, float y, double angle)
            throws IOException {
        if (clean.isEmpty()) {
            return;
        }
        float half = width(clean, size) / 2;
        float x = centreX - half * (float) Math.cos(angle);
        float baseY = y - half * (float) Math.sin(angle);
        content.beginText();
        content.setTextMatrix(Matrix.getRotateInstance(angle, x, baseY));
        for (Run run : runs(clean)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    /** Shows cleaned text centred on {@code centreX}. */
    public void showCentred(PDPageContentStream content, String clean, float size, float centreX, float y)
            throws IOException {
        show(content, clean, size, centreX - width(clean, size) / 2, y);
    }

    /**
     * Wraps cleaned text into lines no wider than {@code maxWidth}. Breaks between any two CJK
     * characters, at spaces in Latin text, inside a Latin word only when it is longer than a line,
     * and keeps closing punctuation off the start of a line (避头尾).
     */
    public List<String> wrap(String clean, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        int[] cps = clean.strip().codePoints().toArray();
        int start = 0;
        while (start < cps.length) {
            float used = 0;
            int end = start;
            while (end < cps.length) {
                float w = codePointWidth(cps[end], size);
                if (used + w > maxWidth && end > start) {
                    break;
                }
                used += w;
                end++;
            }
            if (end < cps.length) {
                end = breakPoint(cps, start, end);
            }
            lines.add(new String(cps, start, end - start).strip());
            start = end;
            while (start < cps.length && cps[start] == ' ') {
                start++;
            }
        }
        return lines;
    }

    /** Adjusts a hard break at {@code end} (exclusive) to a better place, never before start + 1. */
    private static int breakPoint(int[] cps, int start, int end) {
        int adjusted = end;
        if (isLatinWordChar(cps[end]) && isLatinWordChar(cps[end - 1])) {
            for (int i = end - 1; i > start; i--) {
                if (cps[i] == ' ') {
                    adjusted = i + 1;
                    break;
                }
                if (!isLatinWordChar(cps[i - 1]) && cps[i - 1] != ' ') {
                    adjusted = i; // e.g. a CJK character followed by a Latin word
                    break;
                }
            }
            // no break found: one word longer than a line is cut at the line end
        } else if (NO_LINE_START.indexOf(cps[adjusted]) >= 0 && adjusted - 1 > start) {
            adjusted--; // carry the last character over with the punctuation
        }
        while (NO_LINE_END.indexOf(cps[adjusted - 1]) >= 0 && adjusted - 1 > start) {
            adjusted--; // an opening bracket goes to the next line with what it opens
        }
        return adjusted;
    }

    private static boolean isLatinWordChar(int cp) {
        return cp < 0x2E80 && cp != ' ' && Character.isLetterOrDigit(cp)
                || cp == '-' || cp == '_' || cp == '.' || cp == '/' || cp == '@';
    }

    private float codePointWidth(int cp, float size) throws IOException {
        PDType0Font font = fontFor(cp);
        return font.getStringWidth(new String(Character.toChars(cp))) / 1000f * size;
    }

    private List<Run> runs(String clean) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            PDType0Font font = fontFor(cp);
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private PDType0Font fontFor(int cp) throws IOException {
        if (primary.covers(cp) || fallback == null || !fallback.covers(cp)) {
            if (primaryFont == null) {
                primaryFont = embed(primary);
            }
            return primaryFont;
        }
        if (fallbackFont == null) {
            fallbackFont = embed(fallback);
        }
        return fallbackFont;
    }

    private PDType0Font embed(BundledFont font) throws IOException {
        BundledFont.Opened parsed = font.borrow();
        opened.add(new Borrowed(font, parsed));
        return PDType0Font.load(document, parsed.font(), true);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Borrowed font : opened) {
            try {
                font.from().release(font.font());
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        opened.clear();
        if (first != null) {
            throw first;
        }
    }

    private record Run(PDType0Font font, String text) {
    }

    private record Borrowed(BundledFont from, BundledFont.Opened font) {
    }
}
