package org.openhall.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openhall.licence.LicenceRenderer;

class DocumentRendererTest {

  private static final DocumentRenderer RENDERER = new DocumentRenderer(new LicenceRenderer());

  private static DocumentRenderer.Content notice(String addressee) {
    return new DocumentRenderer.Content("补正材料通知书（一次性告知书）", "办件编号：2026120200001", addressee + "：",
        List.of("你于2026年12月2日提交的申请材料不齐全，现一次性告知需要补正的全部内容。", "特此告知。"),
        "市场监督管理局", LocalDate.of(2026, 12, 2), "ABCDEF123456", "http://localhost:8080/verify/ABCDEF123456");
  }

  @Test
  void aNameWithAnExtensionBCharacterPrintsThroughTheSharedFallbackFont() throws Exception {
    byte[] pdf = RENDERER.render(notice("𠀀明华"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("𠀀明华").contains("补正材料通知书").doesNotContain("□");
    }
  }

  @Test
  void theIssuingDepartmentsRedSealSitsOverTheIssuingLine() throws Exception {
    byte[] pdf = RENDERER.render(notice("张明华"));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
      // The issuing line is at the bottom right (PDF y 150–180 from the bottom, x up to 523).
      assertThat(redPixels(page, 380, page.getHeight() - 240, 523, page.getHeight() - 100))
          .as("red seal over the issuing line").isGreaterThan(200);
      // Below the title and its red rule: the body text is black.
      assertThat(redPixels(page, 0, 160, page.getWidth() / 2, page.getHeight() - 260))
          .as("no red on the text's left half").isZero();
    }
  }

  private static int redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 150 && g < 90 && b < 90) {
          count++;
        }
      }
    }
    return count;
  }
}
