package org.openhall.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openhall.licence.LicenceRenderer;

/**
 * Lays out a notice or decision as a one-page A4 PDF in the bundled CJK font (the licence's), with a QR
 * code to its verification page. Thread-safe: the font bytes are read once, each render parses its own
 * font. Characters the font lacks print as □ rather than failing the step.
 */
class DocumentRenderer {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 72;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float QR_SIZE = 90;
  private static final float BODY_BOTTOM = 230;
  private static final int MISSING = '\u25A1';

  private final byte[] font;

  DocumentRenderer() {
    try (InputStream in = DocumentRenderer.class.getClassLoader()
        .getResourceAsStream(LicenceRenderer.PRIMARY_FONT)) {
      if (in == null) {
        throw new IllegalStateException("Bundled font is missing from the classpath: " + LicenceRenderer.PRIMARY_FONT);
      }
      this.font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled font " + LicenceRenderer.PRIMARY_FONT, e);
    }
  }

  /** What a document says. {@code paragraphs} are printed in order, each wrapped to the page. */
  record Content(String title, String reference, String addressee, List<String> paragraphs, String issuer,
      LocalDate issuedOn, String verificationCode, String verifyUrl) {
  }

  /** Renders the unsigned PDF. */
  byte[] render(Content content) {
    try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font));
        PDDocument document = new PDDocument()) {
      TrueTypeFont ttf = collection.getFontByName(LicenceRenderer.PRIMARY_FACE);
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      PDType0Font pdFont = PDType0Font.load(document, ttf, true);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(content.title());
      info.setAuthor(content.issuer());
      info.setCreator("OpenHall");
      document.getDocumentCatalog().setLanguage("zh-CN");
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      Type type = new Type(pdFont, cmap);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        float top = PAGE.getHeight() - 100;
        type.centred(out, content.title(), 24, top);
        type.centred(out, content.reference(), 11, top - 30);
        out.setStrokingColor(0.7f, 0.1f, 0.1f);
        out.setLineWidth(1.2f);
        out.moveTo(MARGIN, top - 44);
        out.lineTo(MARGIN + WIDTH, top - 44);
        out.stroke();
        float size = 13;
        List<String> lines = type.layout(content, size);
        while (lines.size() * size * 1.7f > top - 70 - BODY_BOTTOM && size > 8) {
          size -= 0.5f;
          lines = type.layout(content, size);
        }
        float y = top - 80;
        for (String line : lines) {
          type.show(out, line, size, MARGIN, y);
          y -= size * 1.7f;
        }
        float right = MARGIN + WIDTH;
        String issuer = type.clean(content.issuer() + "（电子签章）");
        String date = type.clean(LicenceRenderer.chineseDate(content.issuedOn()));
        type.show(out, issuer, 13, right - type.width(issuer, 13), 175);
        type.show(out, date, 13, right - type.width(date, 13), 152);
        drawQrCode(out, content.verifyUrl(), MARGIN, 120, QR_SIZE);
        type.show(out, type.clean("验证码：" + content.verificationCode()), 9, MARGIN, 106);
        type.show(out, type.clean("扫码或凭验证码核验真伪"), 8, MARGIN, 94);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render " + content.title(), e);
    }
  }

  private static void drawQrCode(PDPageContentStream out, String text, float x, float y, float size)
      throws IOException {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    ByteMatrix matrix;
    try {
      matrix = Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
    }
    int n = matrix.getWidth();
    float module = size / n;
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        if (matrix.get(col, row) == 1) {
          out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    out.fill();
  }

  /** Text setting for one render. */
  private record Type(PDType0Font font, CmapLookup cmap) {

    String clean(String text) {
      StringBuilder s = new StringBuilder();
      (text == null ? "" : text).codePoints().forEach(cp -> {
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
          s.append(' ');
        } else if (Character.getType(cp) == Character.FORMAT) {
          // invisible: nothing to draw
        } else {
          s.appendCodePoint(cmap.getGlyphId(cp) > 0 ? cp : MISSING);
        }
      });
      return s.toString();
    }

    float width(String clean, float size) throws IOException {
      return font.getStringWidth(clean) / 1000f * size;
    }

    void show(PDPageContentStream out, String clean, float size, float x, float y) throws IOException {
      if (clean.isBlank()) {
        return;
      }
      out.setNonStrokingColor(0f, 0f, 0f);
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, y);
      out.showText(clean);
      out.endText();
    }

    void centred(PDPageContentStream out, String text, float size, float y) throws IOException {
      String clean = clean(text);
      show(out, clean, size, MARGIN + (WIDTH - width(clean, size)) / 2, y);
    }

    List<String> layout(Content content, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      lines.add(clean(content.addressee()));
      for (String paragraph : content.paragraphs()) {
        lines.addAll(wrap("　　" + clean(paragraph), size));
      }
      return lines;
    }

    /** Breaks anywhere (CJK), keeping closing punctuation off a line's start. */
    List<String> wrap(String clean, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      int[] cps = clean.codePoints().toArray();
      int start = 0;
      while (start < cps.length) {
        float used = 0;
        int end = start;
        while (end < cps.length) {
          float w = width(new String(Character.toChars(cps[end])), size);
          if (used + w > WIDTH && end > start) {
            break;
          }
          used += w;
          end++;
        }
        if (end < cps.length && end - 1 > start && "，。、；：）》”！？".indexOf(cps[end]) >= 0) {
          end--;
        }
        lines.add(new String(cps, start, end - start));
        start = end;
      }
      return lines;
    }
  }
}
