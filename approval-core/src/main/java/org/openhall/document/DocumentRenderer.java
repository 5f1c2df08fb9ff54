package org.openhall.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openhall.licence.ArchivalPdf;
import org.openhall.licence.LicenceRenderer;
import org.openhall.licence.Typesetter;

/**
 * Lays out a notice or decision as a one-page A4 PDF with the licence's typesetting: the bundled fonts,
 * parsed once per process (Extension B names through the fallback font; a character neither font has
 * prints as □ rather than failing the step), the round red seal of the issuing department over the issuing
 * line, and a QR code to its verification page. Thread-safe.
 */
class DocumentRenderer {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 72;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float QR_SIZE = 90;
  private static final float BODY_BOTTOM = 230;

  private final LicenceRenderer fonts;

  /** {@code fonts}: the licence renderer, whose bundled fonts (parsed once) and seal the notices share. */
  DocumentRenderer(LicenceRenderer fonts) {
    this.fonts = fonts;
  }

  /** What a document says. {@code paragraphs} are printed in order, each wrapped to the page. */
  record Content(String title, String reference, String addressee, List<String> paragraphs, String issuer,
      LocalDate issuedOn, String verificationCode, String verifyUrl) {
  }

  /** Renders the unsigned PDF. */
  byte[] render(Content content) {
    try (PDDocument document = new PDDocument(); Typesetter type = fonts.typesetter(document)) {
      ArchivalPdf.declare(document, new ArchivalPdf.Description(content.title() + " " + content.reference(),
          content.issuer(), null, LicenceRenderer.PRODUCER, content.issuedOn()));
      document.getDocumentCatalog().setLanguage("zh-CN");
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        float top = PAGE.getHeight() - 100;
        float centre = MARGIN + WIDTH / 2;
        type.showCentred(out, type.clean(content.title()), 24, centre, top);
        type.showCentred(out, type.clean(content.reference()), 11, centre, top - 30);
        out.setStrokingColor(0.7f, 0.1f, 0.1f);
        out.setLineWidth(1.2f);
        out.moveTo(MARGIN, top - 44);
        out.lineTo(MARGIN + WIDTH, top - 44);
        out.stroke();
        float size = 13;
        List<String> lines = layout(type, content, size);
        while (lines.size() * size * 1.7f > top - 70 - BODY_BOTTOM && size > 8) {
          size -= 0.5f;
          lines = layout(type, content, size);
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
        LicenceRenderer.drawSeal(out, type, content.issuer(), right - 70, 168);
        LicenceRenderer.drawQrCode(out, content.verifyUrl(), MARGIN, 120, QR_SIZE);
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

  /** The addressee, then each paragraph indented and wrapped to the page. */
  private static List<String> layout(Typesetter type, Content content, float size) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(type.clean(content.addressee()));
    for (String paragraph : content.paragraphs()) {
      lines.addAll(type.wrap("　　" + type.clean(paragraph), size, WIDTH));
    }
    return lines;
  }


}
