package org.openhall;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.openhall.identity.Account;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Cases filed over the API by a company of the test's own: a police seal filing (GA) with a PDF and a
 * photo, and a food licence (SCJG); files whose bytes differ each time, so each is its own material.
 */
final class Filings {

  static final String SEAL_FILING = "GA-004";

  private final HallApi api;

  Filings(HallApi api) {
    this.api = api;
  }

  /** 公章刻制备案 (GA): a PDF for M1 and a PNG photo for M2; answers the case number. */
  String sealFiling(Account company) throws Exception {
    String pdf = upload(company, pdf("营业执照"), "营业执照.pdf");
    String png = upload(company, png(), "法定代表人身份证.png");
    Map<String, Object> application = Map.of("itemCode", SEAL_FILING,
        "formData", Map.of("applicantName", company.displayName(), "creditCode", company.partyId(),
            "sealType", "OFFICIAL", "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", pdf),
            Map.of("requirementId", "M2", "materialId", png)));
    return api.read(api.file(api.as(company.username()), application, HallApi.newIdempotencyKey()),
        HttpStatus.CREATED).path("caseNumber").asText();
  }

  String foodLicence(Account company, String material) throws Exception {
    Map<String, Object> application = Map.of("itemCode", HallApi.ITEM,
        "formData", Map.of("applicantName", company.displayName(), "creditCode", company.partyId(),
            "businessScope", "HOT_FOOD", "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", material)));
    return api.read(api.file(api.as(company.username()), application, HallApi.newIdempotencyKey()),
        HttpStatus.CREATED).path("caseNumber").asText();
  }

  String upload(Account owner, byte[] bytes, String fileName) throws IOException {
    var upload = new LinkedMultiValueMap<String, Object>();
    upload.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    return api.read(api.as(owner.username()).postForEntity("/api/v1/materials", new HttpEntity<>(upload, multipart),
        String.class), HttpStatus.CREATED).path("materialId").asText();
  }

  /** A one-page PDF whose bytes differ by title, so the vault keeps each as its own material. */
  static byte[] pdf(String title) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.getDocumentInformation().setTitle(title + " " + UUID.randomUUID());
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(ThreadLocalRandom.current().nextInt(40), ThreadLocalRandom.current().nextInt(30), 0xC00000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
