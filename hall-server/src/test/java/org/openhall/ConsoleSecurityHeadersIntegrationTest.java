package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console's pages send a strict Content-Security-Policy (the portal's, plus frames from OpenHall
 * itself; nothing inline, no eval) and keep the referrer inside OpenHall, like the portal; a material
 * opened inline keeps its own, stricter policy. See docs/adr/0021-console-csp-and-accessibility.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSecurityHeadersIntegrationTest {

  static final String CONSOLE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  @Test
  void consolePagesSendAStrictPolicyAndMaterialsKeepTheirOwn() throws Exception {
    HallApi api = new HallApi(http, json);
    Account company = new Parties(accounts, passwords).company("榕城策略" + UUID.randomUUID().toString().substring(0, 6) + "有限公司");
    String caseNumber = new Filings(api).sealFiling(company);
    JsonNode copies = api.read(api.as("demo-ga-supervisor").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK).path("materialCopies");

    assertPagePolicy(StaffSession.anonymous(port).get("/console/login"));
    StaffSession supervisor = StaffSession.signIn(port, "demo-ga-supervisor");
    for (String page : List.of("/console", "/console/cases?q=" + caseNumber, "/console/cases/" + caseNumber,
        "/console/enquiries", "/console/licences", "/console/password", "/console/alerts")) {
      HttpResponse<String> shown = supervisor.get(page);
      assertThat(shown.statusCode()).as(page).isEqualTo(200);
      assertPagePolicy(shown);
    }

    HttpResponse<String> pdf = supervisor.get("/console/cases/" + caseNumber + "/materials/"
        + copies.get(0).path("materialId").asText());
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(pdf.headers().allValues("Content-Security-Policy")).as("the PDF may be framed by the case page")
        .containsExactly("frame-ancestors 'self'");
    HttpResponse<String> photo = supervisor.get("/console/cases/" + caseNumber + "/materials/"
        + copies.get(1).path("materialId").asText());
    assertThat(photo.headers().allValues("Content-Security-Policy")).as("an image stays sandboxed")
        .singleElement().asString().contains("sandbox", "default-src 'none'");
  }

  @Test
  void thePortalKeepsTheReferrerInsideOpenHallToo() throws Exception {
    HttpResponse<String> home = StaffSession.anonymous(port).get("/");
    assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
  }

  private static void assertPagePolicy(HttpResponse<String> page) {
    assertThat(page.headers().allValues("Content-Security-Policy")).as(page.uri().toString())
        .containsExactly(CONSOLE_POLICY);
    assertThat(page.headers().firstValue("Referrer-Policy")).as(page.uri().toString()).hasValue("same-origin");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }
}
