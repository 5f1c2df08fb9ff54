package org.openhall.licence;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file bundled on the classpath. The bytes and the set of code points the font
 * has glyphs for are read once. A parsed {@link TrueTypeFont} is not thread-safe, so each render
 * {@link #borrow() borrows} one for its own use and {@link #release releases} it after saving; up to
 * {@code idleKept} parsed fonts are kept for reuse (parsing costs 10-40 ms), extra ones are closed.
 */
final class BundledFont {

    private static final int LAST_CODE_POINT = Character.MAX_CODE_POINT;

    private final String resource;
    private final String faceName;
    private final byte[] bytes;
    private final BitSet coverage;
    private final BlockingQueue<Opened> idle;

    private BundledFont(String resource, String faceName, byte[] bytes, BitSet coverage, int idleKept) {
        this.resource = resource;
        this.faceName = faceName;
        this.bytes = bytes;
        this.coverage = coverage;
        this.idle = new ArrayBlockingQueue<>(Math.max(1, idleKept));
    }

    /**
     * Reads a bundled font, failing fast with the resource name when it is missing or unreadable.
     *
     * @param faceName PostScript name of the face inside a TrueType collection (.ttc), or
     *                 {@code null} for a single .ttf file
     * @param idleKept how many parsed fonts to keep for reuse between renders (at least 1)
     */
    static BundledFont load(ClassLoader loader, String resource, String faceName, int idleKept) {
        byte[] bytes;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled licence font is missing from the classpath: "
                        + resource + " (expected in src/main/resources/" + resource + ")");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled licence font " + resource, e);
        }
        BitSet coverage = new BitSet();
        try (Opened opened = open(resource, faceName, bytes)) {
            CmapLookup cmap = opened.font().getUnicodeCmapLookup();
            for (int cp = 0; cp <= LAST_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    coverage.set(cp);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Bundled licence font is unreadable: " + resource, e);
        }
        if (coverage.isEmpty()) {
            throw new IllegalStateException("Bundled licence font has no Unicode glyphs: " + resource);
        }
        return new BundledFont(resource, faceName, bytes, coverage, idleKept);
    }

    String resource() {
        return resource;
    }

    int sizeInBytes() {
        return bytes.length;
    }

    /** Whether the font has a glyph for the code point. Thread-safe (read-only after load). */
    boolean covers(int codePoint) {
        return codePoint >= 0 && coverage.get(codePoint);
    }

    /** A parsed font for the calling thread only; {@link #release} it after the document has been saved. */
    Opened borrow() throws IOException {
        Opened reused = idle.poll();
        return reused != null ? reused : open(resource, faceName, bytes);
    }

    /** Gives a borrowed font back for reuse, or closes it when enough are kept. */
    void release(Opened font) throws IOException {
        if (!idle.offer(font)) {
            font.close();
        }
    }

    private static Opened open(String resource, String faceName, byte[] bytes) throws IOException {
        if (faceName == null) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return new Opened(font, font);
        }
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes));
        try {
            TrueTypeFont font = collection.getFontByName(faceName);
            if (font == null) {
                throw new IOException("No face " + faceName + " in " + resource);
            }
            return new Opened(font, collection);
        } catch (IOException | RuntimeException e) {
            collection.close();
            throw e;
        }
    }

    /** A parsed font and the object that owns its bytes. */
    record Opened(TrueTypeFont font, Closeable owner) implements Closeable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
