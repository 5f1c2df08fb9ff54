package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 办件查询 and the files of a case for staff, over real HTTP: a search finds only cases of the caller's
 * departments (a market-regulation clerk never finds a police case, even by its exact number), by
 * number, exact credit code (any case, any spaces), part of a name, item, status and filing dates, paged
 * with totals; a material opens inline for staff who may see the case and is 404 for the others; after
 * a supplement the replaced copy is marked and the new one is current.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffCaseSearchIntegrationTest {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  HallApi api;
  Parties parties;
  Filings filings;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    parties = new Parties(accountRepository, passwords);
    filings = new Filings(api);
  }

  @Test
  void searchFindsOnlyCasesOfTheCallersDepartments() throws Exception {
    String token = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    Account company = parties.company("榕城查询" + token + "商贸有限公司");
    String police = filings.sealFiling(company);
    String market = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));

    JsonNode byNumber = search("demo-scjg-clerk", Map.of("q", police));
    assertThat(byNumber.path("total").asLong()).as("a police case, even by its exact number").isZero();
    assertThat(byNumber.path("cases")).isEmpty();
    JsonNode scjgByCode = search("demo-scjg-clerk", Map.of("q", company.partyId()));
    assertThat(numbers(scjgByCode)).containsExactly(market);

    assertThat(numbers(search("demo-ga-supervisor", Map.of("q", police)))).containsExactly(police);
    String spaced = company.partyId().toLowerCase(Locale.ROOT).replaceAll("(.{6})", "$1 ");
    JsonNode gaByCode = search("demo-ga-supervisor", Map.of("q", " " + spaced));
    assertThat(numbers(gaByCode)).as("exact code, any case and spaces; only GA's case").containsExactly(police);
    JsonNode found = gaByCode.path("cases").get(0);
    assertThat(found.path("itemCode").asText()).isEqualTo(Filings.SEAL_FILING);
    assertThat(found.path("applicantName").asText()).isEqualTo(company.displayName());
    assertThat(search("demo-ga-supervisor", Map.of("q", company.partyId().substring(0, 10))).path("total").asLong())
        .as("part of a code finds nothing").isZero();

    assertThat(numbers(search("demo-admin", Map.of("q", "查询" + token)))).as("part of the name")
        .containsExactlyInAnyOrder(police, market);
    assertThat(numbers(search("demo-admin", Map.of("q", company.partyId(), "itemCode", Filings.SEAL_FILING))))
        .containsExactly(police);
    assertThat(numbers(search("demo-admin", Map.of("q", company.partyId(), "itemCode", HallApi.ITEM,
        "status", "SUBMITTED")))).containsExactly(market);
    assertThat(search("demo-admin", Map.of("q", company.partyId(), "status", "ISSUED")).path("total").asLong())
        .isZero();
    assertThat(search("demo-admin", Map.of("q", company.partyId(), "to", "2000-01-01")).path("total").asLong())
        .isZero();
    assertThat(search("demo-admin", Map.of("q", company.partyId(), "from", "2000-01-01", "to", "2099-12-31"))
        .path("total").asLong()).isEqualTo(2);

    JsonNode first = search("demo-admin", Map.of("q", company.partyId(), "size", "1"));
    assertThat(first.path("total").asLong()).isEqualTo(2);
    assertThat(first.path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.path("cases")).hasSize(1);
    JsonNode second = search("demo-admin", Map.of("q", company.partyId(), "size", "1", "page", "1"));
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(List.of(numbers(first).get(0), numbers(second).get(0))).containsExactly(market, police);

    ResponseEntity<String> badStatus = api.as("demo-admin").getForEntity("/api/v1/console/cases?status=NONSENSE",
        String.class);
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aMaterialOpensInlineForStaffWhoMaySeeTheCaseAndIsNotFoundForOthers() throws Exception {
    Account company = parties.company("榕城材料" + UUID.randomUUID().toString().substring(0, 6) + "有限公司");
    String police = filings.sealFiling(company);
    JsonNode view = api.read(api.as("demo-ga-supervisor").getForEntity("/api/v1/console/cases/" + police,
        String.class), HttpStatus.OK);
    JsonNode copies = view.path("materialCopies");
    assertThat(copies).extracting(c -> c.path("requirementName").asText())
        .contains("营业执照或其他主体资格证明", "法定代表人（负责人）身份证明");
    JsonNode pdfCopy = copies.get(0);
    JsonNode imageCopy = copies.get(1);
    assertThat(pdfCopy.path("current").asBoolean()).isTrue();

    ResponseEntity<byte[]> pdf = material(api.as("demo-ga-supervisor"), "/api/v1/console/cases/", police, pdfCopy);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
    assertThat(pdf.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(pdf.getHeaders().getFirst("Content-Security-Policy")).as("the browser's PDF viewer must run")
        .doesNotContain("sandbox").doesNotContain("object-src").contains("frame-ancestors 'self'");
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    var supervisor = StaffSession.signIn(port, "demo-ga-supervisor");
    var opened = supervisor.get("/console/cases/" + police + "/materials/" + pdfCopy.path("materialId").asText());
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(opened.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
    assertThat(opened.headers().firstValue("Content-Security-Policy").orElse("")).doesNotContain("sandbox");
    ResponseEntity<byte[]> png = material(api.as("demo-ga-supervisor"), "/api/v1/console/cases/", police, imageCopy);
    assertThat(png.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(png.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox", "default-src 'none'");

    ResponseEntity<String> stranger = api.as("demo-scjg-clerk").getForEntity(
        "/api/v1/console/cases/" + police + "/materials/" + pdfCopy.path("materialId").asText(), String.class);
    assertThat(stranger.getStatusCode()).as("a real material of another department's case").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(stranger.getBody()).path("code").asText()).isEqualTo("CASE_NOT_FOUND");
    var session = StaffSession.signIn(port, "demo-scjg-clerk");
    assertThat(session.get("/console/cases/" + police + "/materials/" + pdfCopy.path("materialId").asText())
        .statusCode()).isEqualTo(404);

    String market = filings.foodLicence(company, filings.upload(company, Filings.pdf("另一份"), "另一份.pdf"));
    ResponseEntity<String> notOfThisCase = api.as("demo-admin").getForEntity(
        "/api/v1/console/cases/" + market + "/materials/" + pdfCopy.path("materialId").asText(), String.class);
    assertThat(notOfThisCase.getStatusCode()).as("a material of another case").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void afterASupplementTheReplacedCopyIsMarkedAndTheNewOneIsCurrent() throws Exception {
    Account company = parties.company("榕城补正" + UUID.randomUUID().toString().substring(0, 6) + "有限公司");
    TestRestTemplate asCompany = api.as(company.username());
    String first = filings.upload(company, Filings.pdf("未签字"), "申请书.pdf");
    String caseNumber = filings.foodLicence(company, first);
    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    JsonNode task = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task of " + caseNumber);
    String taskId = task.path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete", Map.of("outcome",
        "CORRECTION_REQUIRED", "opinion", "申请书未签字", "missing",
        List.of(Map.of("requirementId", "M1", "reason", "未签字"))), String.class), HttpStatus.OK);
    // MySQL keeps whole seconds (Connector/J with sendFractionalSeconds=false, as Camunda asks): a
    // supplement comes days later in life; here it must at least come a second after the first upload.
    java.time.Instant uploadedFirst = java.time.Instant.now();
    while (java.time.Instant.now().getEpochSecond() <= uploadedFirst.getEpochSecond()) {
      Thread.sleep(50);
    }
    String second = filings.upload(company, Filings.pdf("已签字"), "申请书-签字.pdf");
    assertThat(second).isNotEqualTo(first);
    api.read(asCompany.postForEntity("/api/v1/cases/" + caseNumber + "/supplements",
        Map.of("materials", List.of(Map.of("requirementId", "M1", "materialId", second))), String.class),
        HttpStatus.OK);

    JsonNode view = api.read(clerk.getForEntity("/api/v1/console/cases/" + caseNumber, String.class), HttpStatus.OK);
    List<JsonNode> m1 = new java.util.ArrayList<>();
    view.path("materialCopies").forEach(c -> {
      if (c.path("requirementId").asText().equals("M1")) {
        m1.add(c);
      }
    });
    assertThat(m1).extracting(c -> c.path("materialId").asText() + "=" + c.path("current").asBoolean())
        .containsExactly(second + "=true", first + "=false");
    assertThat(m1.get(0).path("requirementName").asText()).isNotBlank().isNotEqualTo("M1");
    assertThat(view.path("timeline")).filteredOn(e -> e.path("action").asText().equals("SUPPLEMENTED"))
        .singleElement().satisfies(e -> assertThat(e.path("actorName").asText()).isEqualTo(company.displayName()));
    assertThat(view.path("timeline")).filteredOn(e -> e.path("action").asText().equals("CORRECTION_REQUIRED"))
        .singleElement().satisfies(e -> {
          assertThat(e.path("note").asText()).contains("申请书未签字");
          assertThat(e.path("actorRole").asText()).isEqualTo("CLERK");
          assertThat(e.path("actorName").asText()).isNotBlank();
        });

    var session = StaffSession.signIn(port, "demo-scjg-clerk");
    String page = session.get("/console/cases/" + caseNumber).body();
    assertThat(page).contains("已被补正替换", "当前材料", "计时台账", "补正材料", "申请书未签字",
        "/console/cases/" + caseNumber + "/materials/" + first,
        "/console/cases/" + caseNumber + "/materials/" + second)
        .as("statuses and channels in words").doesNotContain(">SUBMITTED<", ">ONLINE<", "??");
    String search = session.get("/console/cases?q=" + caseNumber).body();
    assertThat(search).contains("办件查询", "/console/cases/" + caseNumber, "已提交").doesNotContain("??");
  }

  private JsonNode search(String user, Map<String, String> params) throws IOException {
    var uri = UriComponentsBuilder.fromPath("/api/v1/console/cases");
    params.forEach(uri::queryParam);
    return api.read(api.as(user).getForEntity(uri.encode().build().toUri(), String.class), HttpStatus.OK);
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new java.util.ArrayList<>();
    page.path("cases").forEach(c -> numbers.add(c.path("caseNumber").asText()));
    return numbers;
  }

  private static ResponseEntity<byte[]> material(TestRestTemplate staff, String base, String caseNumber,
      JsonNode copy) {
    return staff.getForEntity(base + caseNumber + "/materials/" + copy.path("materialId").asText(), byte[].class);
  }
}
