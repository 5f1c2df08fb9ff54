package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.PortalSession.Upload;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Applying without losing work (issue 10.2): drafts saved, resumed and deleted on the portal and over the
 * API, nobody else's draft visible; a refused or oversize upload keeps what was typed and accepted;
 * every problem in one round; the form pre-filled from the profile and the latest earlier case; a
 * material picked from the vault; the receipt after submitting. The vault takes 1 MB here and the server
 * 3 MB per request, so that both refusals are reached with small files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    ApplicationDraftIntegrationTest.VAULT_LIMIT, ApplicationDraftIntegrationTest.FILE_LIMIT,
    ApplicationDraftIntegrationTest.REQUEST_LIMIT})
class ApplicationDraftIntegrationTest {

  /** Shared with {@link ApplicationDraftBrowserTest}, so both run in one application context. */
  static final String VAULT_LIMIT = "openhall.materials.max-size=1MB";
  static final String FILE_LIMIT = "spring.servlet.multipart.max-file-size=2MB";
  static final String REQUEST_LIMIT = "spring.servlet.multipart.max-request-size=3MB";

  private static final String ITEM = HallApi.ITEM;
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

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

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  java.time.Clock clock;

  HallApi api;
  Filings filings;
  Parties parties;

  @BeforeEach
  void setUp() {
    api = new HallApi(http, json);
    filings = new Filings(api);
    parties = new Parties(accountRepository, passwords);
  }

  @Test
  void aDraftIsSavedReadAndDeletedOverTheApiAndNobodyElseSeesIt() throws Exception {
    Account company = parties.company("福州草稿接口餐饮店");
    Account other = parties.company("福州别人家餐饮店");
    String material = filings.upload(company, Filings.pdf("申请书"), "申请书.pdf");
    Map<String, Object> body = Map.of("formData", Map.of("applicantName", company.displayName(), "businessScope", "HOT_FOOD"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", material)));

    ResponseEntity<String> created = put(company, body);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/drafts/" + ITEM);
    JsonNode draft = json.readTree(created.getBody());
    assertThat(draft.path("formData").path("businessScope").asText()).isEqualTo("HOT_FOOD");
    assertThat(draft.path("materials").get(0).path("materialId").asText()).isEqualTo(material);
    assertThat(draft.path("savedAt").asText()).isNotBlank();

    ResponseEntity<String> replaced = put(company, Map.of("formData", Map.of("contactPhone", "13912345678")));
    assertThat(replaced.getStatusCode()).as("saving again replaces the draft").isEqualTo(HttpStatus.OK);
    JsonNode mine = api.read(api.as(company.username()).getForEntity("/api/v1/drafts", String.class), HttpStatus.OK);
    assertThat(mine).hasSize(1);
    assertThat(mine.get(0).path("formData").path("contactPhone").asText()).isEqualTo("13912345678");
    assertThat(mine.get(0).path("formData").has("businessScope")).isFalse();

    // another account: the draft is as unknown as none, to read and to delete
    JsonNode notFound = api.read(api.as(other.username()).getForEntity("/api/v1/drafts/" + ITEM, String.class),
        HttpStatus.NOT_FOUND);
    assertThat(notFound.path("code").asText()).isEqualTo("DRAFT_NOT_FOUND");
    assertThat(api.as(other.username()).exchange("/api/v1/drafts/" + ITEM, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.read(api.as(other.username()).getForEntity("/api/v1/drafts", String.class), HttpStatus.OK)).isEmpty();
    // nor can a draft name another account's material
    JsonNode foreign = api.read(put(other, body), HttpStatus.BAD_REQUEST);
    assertThat(foreign.path("errors").get(0).path("code").asText()).isEqualTo("MATERIAL_NOT_FOUND");

    assertThat(api.as(company.username()).exchange("/api/v1/drafts/" + ITEM, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    api.read(api.as(company.username()).getForEntity("/api/v1/drafts/" + ITEM, String.class), HttpStatus.NOT_FOUND);
  }

  @Test
  void filingOverTheApiDeletesTheDraft() throws Exception {
    Account company = parties.company("福州草稿提交餐饮店");
    put(company, Map.of("formData", Map.of("applicantName", company.displayName())));
    filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    api.read(api.as(company.username()).getForEntity("/api/v1/drafts/" + ITEM, String.class), HttpStatus.NOT_FOUND);
  }

  @Test
  void aDraftSavedOnThePageIsResumedListedAndFinallySent() throws Exception {
    Account company = parties.company("福州草稿页面餐饮店");
    PortalSession session = PortalSession.signIn(port, company.username());
    String form = session.get("/apply/" + ITEM).body();
    assertThat(form).contains("id=\"apply-save-draft\"").contains("formnovalidate").doesNotContain("id=\"apply-draft\"");

    HttpResponse<String> saved = session.postFiles("/apply/" + ITEM, Map.of("action", "save",
        "idempotencyKey", idempotencyKey(form), "form.applicantName", "福州草稿页面餐饮店（分店）",
        "form.businessScope", "COLD_FOOD"), List.of(new Upload("material.M1", "申请书-草稿.pdf", Filings.pdf("申请书"))));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/apply/" + ITEM);

    String resumed = session.get("/apply/" + ITEM).body();
    assertThat(resumed).contains("草稿已保存").contains("id=\"apply-draft\"").containsPattern("已恢复您于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 保存的草稿")
        .containsPattern("id=\"form.applicantName\"[^>]*value=\"福州草稿页面餐饮店（分店）\"")
        .contains("<option value=\"COLD_FOOD\" selected=\"selected\">")
        .contains("申请书-草稿.pdf").contains("name=\"uploaded.M1\"")
        .contains("id=\"apply-discard-draft\"").doesNotContain("id=\"apply-prefill\"");

    String list = session.get("/drafts").body();
    assertThat(list).contains("我的草稿").contains("href=\"/drafts\"").contains("data-item=\"" + ITEM + "\"")
        .contains("href=\"/apply/" + ITEM + "\"").contains("食品经营许可");

    // another account cannot delete it (there is no draft of theirs to delete)
    Account other = parties.company("福州隔壁餐饮店");
    PortalSession stranger = PortalSession.signIn(port, other.username());
    stranger.get("/drafts");
    assertThat(stranger.post("/drafts/" + ITEM + "/delete", Map.of()).statusCode()).isEqualTo(404);
    assertThat(session.get("/drafts").body()).contains("data-item=\"" + ITEM + "\"");

    // finish and send: the kept upload stands for M1, the draft is gone, the receipt is on the case page
    String again = session.get("/apply/" + ITEM).body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", idempotencyKey(again));
    fields.put("form.applicantName", "福州草稿页面餐饮店（分店）");
    fields.put("form.creditCode", company.partyId());
    fields.put("form.businessScope", "COLD_FOOD");
    fields.put("form.contactPhone", "13812345678");
    fields.put("uploaded.M1", hidden(again, "uploaded.M1"));
    HttpResponse<String> filed = session.postFiles("/apply/" + ITEM, fields, List.of());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
    String caseNumber = filed.headers().firstValue("Location").orElseThrow().replaceAll(".*/cases/", "");
    String casePage = session.get("/cases/" + caseNumber).body();
    assertThat(casePage).contains("id=\"case-receipt\"").contains("受理回执");
    assertThat(session.get("/drafts").body()).contains("id=\"drafts-none\"");
    api.read(api.as(company.username()).getForEntity("/api/v1/drafts/" + ITEM, String.class), HttpStatus.NOT_FOUND);
    HallApi.await(() -> json.readTree(session.get("/cases/" + caseNumber).body().contains("id=\"case-receipt-download\"")
        ? "{\"ok\":true}" : "{}"), n -> n.path("ok").asBoolean(), "the receipt linked on the case page");
  }

  @Test
  void theDiscardButtonDeletesTheDraftAndAChangedItemDropsFieldsItNoLongerHas() throws Exception {
    Account company = parties.company("福州草稿变更餐饮店");
    put(company, Map.of("formData", Map.of("applicantName", "旧草稿")));
    // as if saved against an older version whose form had one more field
    jdbc.update("update application_draft set item_version = 0, form_data = ? where account_id = "
        + "(select id from account where username = ?)", "{\"applicantName\":\"旧草稿\",\"oldField\":\"x\"}",
        company.username());
    PortalSession session = PortalSession.signIn(port, company.username());
    String page = session.get("/apply/" + ITEM).body();
    assertThat(page).contains("id=\"apply-draft-changed\"").contains("草稿中有 1 项内容已不再需要")
        .containsPattern("id=\"form.applicantName\"[^>]*value=\"旧草稿\"").doesNotContain("oldField");
    assertThat(session.get("/drafts").body()).contains("事项要求已更新");

    HttpResponse<String> discarded = session.post("/drafts/" + ITEM + "/delete", Map.of("back", "apply"));
    assertThat(discarded.headers().firstValue("Location").orElseThrow()).endsWith("/apply/" + ITEM);
    assertThat(session.get("/apply/" + ITEM).body()).contains("草稿已删除").doesNotContain("id=\"apply-draft\"")
        .contains("id=\"apply-prefill\"");
  }

  @Test
  void anUploadOverTheServerLimitSendsTheApplicantBackToTheirDraft() throws Exception {
    Account company = parties.company("福州超大文件餐饮店");
    put(company, Map.of("formData", Map.of("applicantName", "草稿里的名称")));
    PortalSession session = PortalSession.signIn(port, company.username());
    String form = session.get("/apply/" + ITEM).body();

    // as a browser sends the form: the CSRF token in the (unread) body
    HttpResponse<String> tooLarge = session.postFormWithFile("/apply/" + ITEM,
        Map.of("idempotencyKey", idempotencyKey(form), "form.applicantName", "没保存的名称"), "material.M1", 4_000_000);
    assertThat(tooLarge.statusCode()).isEqualTo(302);
    assertThat(tooLarge.headers().firstValue("Location").orElseThrow()).endsWith("/apply/" + ITEM + "?tooLarge");
    String back = session.get("/apply/" + ITEM + "?tooLarge").body();
    assertThat(back).contains("超过 3 MB 的总量上限").contains("role=\"alert\"")
        .containsPattern("id=\"form.applicantName\"[^>]*value=\"草稿里的名称\"");

    // with the token in a header (scripts, tests): the same answer
    HttpResponse<String> viaHeader = session.postFiles("/apply/" + ITEM, Map.of("form.applicantName", "x"),
        List.of(new Upload("material.M1", "big.pdf", new byte[4_000_000])));
    assertThat(viaHeader.statusCode()).isEqualTo(302);
    assertThat(viaHeader.headers().firstValue("Location").orElseThrow()).endsWith("/apply/" + ITEM + "?tooLarge");
    assertThat(back).contains("data-max-bytes=\"1048576\"").contains("/js/upload-size.js");
  }

  @Test
  void aRefusedUploadKeepsEverythingAndEveryProblemIsReportedInOneRound() throws Exception {
    Account company = parties.company("福州一次告知餐饮店");
    PortalSession session = PortalSession.signIn(port, company.username());
    String form = session.get("/apply/" + ITEM).body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", idempotencyKey(form));
    fields.put("form.applicantName", "");
    fields.put("form.creditCode", company.partyId());
    fields.put("form.businessScope", "HOT_FOOD");
    fields.put("form.contactPhone", "123");
    HttpResponse<String> refused = session.postFiles("/apply/" + ITEM, fields, List.of(
        new Upload("material.M1", "申请书-太大.pdf", new byte[1_200_000]),
        new Upload("material.M3", "布局图.pdf", Filings.pdf("布局图"))));
    assertThat(refused.statusCode()).isEqualTo(200);
    String page = refused.body();
    assertThat(page).as("the form's problems and the refused file together")
        .containsPattern("id=\"form.applicantName\"[^>]*aria-invalid=\"true\"")
        .containsPattern("id=\"form.contactPhone\"[^>]*aria-invalid=\"true\"")
        .containsPattern("id=\"material.M1\"[^>]*aria-invalid=\"true\"")
        .contains("文件“申请书-太大.pdf”超过 1 MB 的上限")
        .doesNotContain("材料《食品经营许可申请书》缺失")
        .contains("布局图.pdf").contains("name=\"uploaded.M3\"")
        .containsPattern("id=\"form.contactPhone\"[^>]*value=\"123\"")
        .contains("<option value=\"HOT_FOOD\" selected=\"selected\">");

    // without a file for M1 at all: the missing material and the form's problems, in one answer (API too)
    String material = filings.upload(company, Filings.pdf("布局图"), "布局图.pdf");
    JsonNode problem = api.read(api.file(api.as(company.username()), Map.of("itemCode", ITEM,
        "formData", Map.of("creditCode", company.partyId(), "businessScope", "HOT_FOOD", "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M3", "materialId", material))), HallApi.newIdempotencyKey()),
        HttpStatus.BAD_REQUEST);
    assertThat(problem.path("errors")).extracting(e -> e.path("field").asText() + ":" + e.path("code").asText())
        .contains("materials:MATERIAL_MISSING").anyMatch(s -> s.startsWith("formData.applicantName:"));
  }

  @Test
  void aFreshFormIsPrefilledFromTheProfileAndTheLatestCaseAndAMaterialIsPickedFromTheVault() throws Exception {
    Account company = parties.company("福州预填餐饮店");
    PortalSession session = PortalSession.signIn(port, company.username());
    String first = session.get("/apply/" + ITEM).body();
    assertThat(first).contains("已根据您的账户资料预填")
        .containsPattern("id=\"form.applicantName\"[^>]*value=\"福州预填餐饮店\"")
        .containsPattern("id=\"form.creditCode\"[^>]*value=\"" + company.partyId() + "\"")
        .containsPattern("id=\"form.contactPhone\"[^>]*value=\"13800138000\"");

    String earlier = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书-旧.pdf"));
    String inVault = filings.upload(company, Filings.pdf("申请书-新"), "申请书-新.pdf");
    String next = session.get("/apply/" + ITEM).body();
    assertThat(next).contains("已根据您的资料和办件 " + earlier + " 预填")
        .contains("<option value=\"HOT_FOOD\" selected=\"selected\">")
        .as("the profile's phone is newer than the case's").containsPattern("id=\"form.contactPhone\"[^>]*value=\"13800138000\"")
        .contains("id=\"vault.M1\"").contains("从电子要件库选取").contains("申请书-新.pdf");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", idempotencyKey(next));
    fields.put("form.applicantName", company.displayName());
    fields.put("form.creditCode", company.partyId());
    fields.put("form.businessScope", "HOT_FOOD");
    fields.put("form.contactPhone", "13800138000");
    fields.put("vault.M1", inVault);
    HttpResponse<String> filed = session.postFiles("/apply/" + ITEM, fields, List.of());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
    String caseNumber = filed.headers().firstValue("Location").orElseThrow().replaceAll(".*/cases/", "");
    JsonNode staffView = api.read(api.as("demo-scjg-clerk").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK);
    assertThat(staffView.path("materialCopies")).extracting(m -> m.path("fileName").asText()).contains("申请书-新.pdf");

    // someone else's material cannot be picked
    Account other = parties.company("福州别家预填餐饮店");
    PortalSession stranger = PortalSession.signIn(port, other.username());
    String theirs = stranger.get("/apply/" + ITEM).body();
    fields.put("idempotencyKey", idempotencyKey(theirs));
    HttpResponse<String> refused = stranger.postFiles("/apply/" + ITEM, fields, List.of());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("不存在或不属于您");
  }

  @Test
  void anAgentsFormIsNeverPrefilledFromTheAgentsOwnProfile() throws Exception {
    Account agent = parties.agent("代办员王五");
    String form = PortalSession.signIn(port, agent.username()).get("/apply/" + ITEM).body();
    assertThat(form).doesNotContain("id=\"apply-prefill\"").doesNotContain("value=\"代办员王五\"")
        .doesNotContain("value=\"" + agent.partyId() + "\"");
  }

  @Test
  void anAgentsDraftNamesAUsableMandateAndTheFormStartsFromThePrincipalsDetails() throws Exception {
    Account agent = parties.agent("代办员赵六");
    Account company = parties.company("福州代办预填餐饮店");
    String earlier = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    JsonNode refused = api.read(put(agent, Map.of("formData", Map.of("applicantName", "x"),
        "onBehalfOf", company.partyId())), HttpStatus.FORBIDDEN);
    assertThat(refused.path("code").asText()).as("no mandate yet").isEqualTo("MANDATE_REQUIRED");

    java.time.LocalDate today = java.time.LocalDate.now(clock);
    String mandateId = api.read(api.as(agent.username()).postForEntity("/api/v1/mandates", Map.of(
        "principal", company.partyId(), "scope", List.of(ITEM), "validFrom", today.toString(),
        "validTo", today.plusMonths(1).toString()), String.class), HttpStatus.CREATED).path("mandateId").asText();
    api.read(api.as(company.username()).postForEntity("/api/v1/mandates/" + mandateId + "/confirmation", null,
        String.class), HttpStatus.OK);

    String form = PortalSession.signIn(port, agent.username()).get("/apply/" + ITEM).body();
    assertThat(form).contains("已根据您的资料和办件 " + earlier + " 预填")
        .containsPattern("id=\"form.applicantName\"[^>]*value=\"福州代办预填餐饮店\"")
        .doesNotContain("value=\"代办员赵六\"");

    String material = filings.upload(agent, Filings.pdf("申请书"), "代办申请书.pdf");
    JsonNode saved = api.read(put(agent, Map.of("formData", Map.of("applicantName", company.displayName()),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", material)), "onBehalfOf", company.partyId())),
        HttpStatus.CREATED);
    assertThat(saved.path("mandateId").asText()).isEqualTo(mandateId);
    assertThat(PortalSession.signIn(port, agent.username()).get("/apply/" + ITEM).body())
        .contains("id=\"apply-draft\"").contains("代办申请书.pdf")
        .containsPattern("<option value=\"" + mandateId + "\"\\s+selected=\"selected\"");
  }

  private ResponseEntity<String> put(Account owner, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return api.as(owner.username()).exchange("/api/v1/drafts/" + ITEM, HttpMethod.PUT, new HttpEntity<>(body, headers),
        String.class);
  }

  private static String idempotencyKey(String html) {
    Matcher key = IDEMPOTENCY_KEY.matcher(html);
    assertThat(key.find()).as("the form's idempotency key").isTrue();
    return key.group(1);
  }

  private static String hidden(String html, String name) {
    Matcher value = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]+)\"").matcher(html);
    assertThat(value.find()).as("hidden input " + name).isTrue();
    return value.group(1);
  }
}
