package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openhall.PortalSession.Upload;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's core flow as a browser without JavaScript does it (plain HTTP, a session cookie and the
 * form's CSRF token): find the item from the home page, be refused with each error by its field, apply
 * with an upload, and open the case page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalWithoutJavaScriptIntegrationTest {

  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
  private static final Pattern CASE_PAGE = Pattern.compile("/cases/([A-Z0-9-]+)$");

  @LocalServerPort
  int port;

  @Test
  void aCompanyAppliesWithAnUploadAndOpensItsCaseWithoutJavaScript() throws Exception {
    PortalSession company = PortalSession.signIn(port, "demo-company");
    assertThat(company.get("/").body()).contains("href=\"/items/SCJG-001\"").contains("id=\"most-used\"");
    assertThat(company.get("/items/SCJG-001").body()).contains("href=\"/apply/SCJG-001\"");

    HttpResponse<String> form = company.get("/apply/SCJG-001");
    assertThat(form.body()).contains("id=\"form.applicantName\"").contains("required");
    HttpResponse<String> refused = company.postFiles("/apply/SCJG-001",
        Map.of("idempotencyKey", idempotencyKey(form.body())), List.of());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .containsPattern("id=\"form.applicantName\"[^>]*aria-invalid=\"true\"")
        .containsPattern("id=\"form.applicantName\"[^>]*aria-describedby=\"form.applicantName-error\"")
        .contains("id=\"form.applicantName-error\"");

    HttpResponse<String> filed = company.postFiles("/apply/SCJG-001", Map.of(
        "idempotencyKey", idempotencyKey(company.get("/apply/SCJG-001").body()),
        "form.applicantName", "福州海峡食品贸易有限公司",
        "form.creditCode", "91350100M000100Y43",
        "form.businessScope", "HOT_FOOD",
        "form.contactPhone", "13812345678"),
        List.of(new Upload("material.M1", "申请书.pdf", HallApi.blankPdf())));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
    Matcher caseNumber = CASE_PAGE.matcher(filed.headers().firstValue("Location").orElse(""));
    assertThat(caseNumber.find()).as("redirected to the case page").isTrue();

    HttpResponse<String> casePage = company.get("/cases/" + caseNumber.group(1));
    assertThat(casePage.statusCode()).isEqualTo(200);
    assertThat(casePage.body()).contains(caseNumber.group(1)).contains("aria-current=\"page\"")
        .contains("href=\"#main\"");
    assertThat(company.get("/cases").body()).contains("data-label=").contains(caseNumber.group(1));
  }

  private static String idempotencyKey(String html) {
    Matcher key = IDEMPOTENCY_KEY.matcher(html);
    assertThat(key.find()).as("the form's idempotency key").isTrue();
    return key.group(1);
  }
}
