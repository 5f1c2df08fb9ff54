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
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Following and acting on a case from the portal's case page, as a browser without JavaScript posts
 * it: the stage bar, the answer to a correction notice (a new upload, a file of the vault, a written
 * explanation; refusals keep what was given), 容缺 materials handed in before the decision, and the
 * withdrawal with its confirmation page. The vault's size limit is 1 MB here so that an oversize file
 * reaches the page (the multipart limit stays at 20 MB).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = CaseFollowPagesIntegrationTest.SMALL_VAULT)
class CaseFollowPagesIntegrationTest {

  /** Shared with {@link CaseFollowBrowserTest}, so both run in one application context. */
  static final String SMALL_VAULT = "openhall.materials.max-size=1MB";

  private static final String APPLICATION_FORM = "食品经营许可申请书";
  private static final String BUSINESS_LICENCE = "营业执照或其他主体资格证明文件";
  private static final String LAYOUT = "与食品经营相适应的主要设备设施、经营布局、操作流程等文件";

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
  Filings filings;
  Parties parties;

  @BeforeEach
  void setUp() {
    api = new HallApi(http, json);
    filings = new Filings(api);
    parties = new Parties(accountRepository, passwords);
  }

  @Test
  void theApplicantAnswersTheNoticeOnThePageWithAnUploadAFileOfTheVaultAndAnExplanation() throws Exception {
    Account company = parties.company("福州鼓楼补正小吃店");
    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    requireCorrection(caseNumber, Map.of("M1", "申请书未签字", "M2", "缺少营业执照", "M3", "缺少布局图"));
    String inVault = filings.upload(company, Filings.pdf("营业执照"), "营业执照扫描件.pdf");
    PortalSession session = PortalSession.signIn(port, company.username());
    String page = "/cases/" + caseNumber;

    String notice = session.get(page).body();
    assertThat(notice).contains("id=\"follow-correction\"", APPLICATION_FORM, BUSINESS_LICENCE, LAYOUT,
        "补正要求：申请书未签字", "补正要求：缺少营业执照", "营业执照扫描件.pdf")
        .as("materials by name, never by id").doesNotContain(">M1", ">M2", ">M3", "M2：", "M2:");
    assertThat(notice).as("the stage bar: received, acceptance is where the case stands")
        .contains("aria-current=\"step\" data-stage=\"ACCEPT\" data-state=\"CURRENT\"")
        .contains("data-stage=\"RECEIVE\" data-state=\"DONE\"").contains("data-stage=\"DELIVER\" data-state=\"LATER\"")
        .contains("当前环节").contains("已完成").containsPattern("id=\"follow-department\"><span>市场监督管理局");

    // incomplete: only one material answered; the other two are named, the explanation kept
    HttpResponse<String> incomplete = session.postFiles(page + "/correction",
        Map.of("explanation.M3", "本店不设操作间，无布局图"), List.of());
    assertThat(incomplete.statusCode()).isEqualTo(302);
    String refused = session.get(page).body();
    assertThat(refused).contains("id=\"follow-correction-errors\"")
        .contains("请补正材料《" + APPLICATION_FORM + "》，或写明情况说明")
        .contains("请补正材料《" + BUSINESS_LICENCE + "》，或写明情况说明")
        .doesNotContain("请补正材料《" + LAYOUT + "》")
        .contains(">本店不设操作间，无布局图</textarea>");
    assertThat(fieldTag(refused, "answer-explanation-M1")).contains("aria-invalid=\"true\"")
        .contains("aria-describedby=\"answer-reason-M1 answer-error-M1\"");
    assertThat(fieldTag(refused, "answer-explanation-M3")).doesNotContain("aria-invalid");
    assertThat(status(company, caseNumber)).isEqualTo("CORRECTION_REQUIRED");

    // a refused (oversize) upload: the other upload is kept in the vault and selected, the text kept
    HttpResponse<String> tooLarge = session.postFiles(page + "/correction",
        Map.of("explanation.M3", "本店不设操作间，无布局图"),
        List.of(new Upload("file.M1", "申请书-签字.pdf", new byte[1_200_000]),
            new Upload("file.M2", "营业执照-新.pdf", Filings.pdf("营业执照-新"))));
    assertThat(tooLarge.statusCode()).isEqualTo(302);
    String kept = session.get(page).body();
    assertThat(kept).contains("文件“申请书-签字.pdf”超过 1 MB 的上限")
        .contains(">本店不设操作间，无布局图</textarea>");
    Matcher selected = Pattern.compile("<select id=\"answer-vault-M2\"[^>]*>.*?<option value=\"([^\"]+)\"\\s+selected=\"selected\">营业执照-新\\.pdf",
        Pattern.DOTALL).matcher(kept);
    assertThat(selected.find()).as("the accepted upload is in the vault and chosen for its material: %s",
        kept.substring(kept.indexOf("answer-vault-M2"), kept.indexOf("answer-explanation-M2"))).isTrue();
    assertThat(fieldTag(kept, "answer-file-M1")).contains("aria-invalid=\"true\"");
    assertThat(status(company, caseNumber)).isEqualTo("CORRECTION_REQUIRED");

    // MySQL keeps whole seconds here (Connector/J with sendFractionalSeconds=false, as Camunda asks): an
    // answer comes days later in life; here it must at least come a second after the application's upload
    java.time.Instant applied = java.time.Instant.now();
    while (java.time.Instant.now().getEpochSecond() <= applied.getEpochSecond()) {
      Thread.sleep(50);
    }
    // the full answer: a new upload, a file of the vault (picked), an explanation
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("vault.M2", inVault);
    fields.put("explanation.M3", "本店不设操作间，无布局图");
    HttpResponse<String> answered = session.postFiles(page + "/correction", fields,
        List.of(new Upload("file.M1", "申请书-签字.pdf", Filings.pdf("申请书-签字"))));
    assertThat(answered.statusCode()).isEqualTo(302);
    assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith(page);
    String after = session.get(page).body();
    assertThat(after).contains("补正已提交，办件已回到受理环节。").contains("data-status=\"SUBMITTED\"")
        .doesNotContain("id=\"follow-correction\"").contains("一次性告知（已补正）");
    session.postFiles(page + "/correction", fields, List.of());
    assertThat(session.get(page).body()).as("a second answer is refused in words, not lost")
        .containsPattern("id=\"follow-stale-errors\">\\s*<p>[^<]*已提交[^<]*补正材料");
    JsonNode seen = api.caseOf(api.as(company.username()), caseNumber);
    assertThat(seen.path("timeline")).filteredOn(e -> e.path("action").asText().equals("SUPPLEMENTED"))
        .singleElement().satisfies(e -> assertThat(e.path("note").asText()).contains(LAYOUT, "无布局图"));
    JsonNode staffView = api.read(api.as("demo-scjg-clerk").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK);
    assertThat(staffView.path("materialCopies")).filteredOn(m -> m.path("current").asBoolean())
        .extracting(m -> m.path("requirementId").asText() + "=" + m.path("fileName").asText())
        .contains("M1=申请书-签字.pdf", "M2=营业执照扫描件.pdf");
  }

  @Test
  void deferredMaterialsAreHandedInOnThePageBeforeTheDecision() throws Exception {
    Account company = parties.company("福州台江容缺餐饮店");
    String pdf = filings.upload(company, Filings.pdf("联办申请材料"), "联办申请材料.pdf");
    Map<String, Object> application = Map.of("itemCode", "SCJG-006",
        "formData", Map.of("applicantName", company.displayName(), "creditCode", company.partyId(),
            "shopAddress", "福州市台江区八一七中路 1 号", "seatCount", "40", "businessArea", "120",
            "contactPhone", "13812345678"),
        "materials", List.of(Map.of("requirementId", "M1", "materialId", pdf),
            Map.of("requirementId", "M2", "materialId", pdf), Map.of("requirementId", "M3", "materialId", pdf),
            Map.of("requirementId", "M6", "materialId", pdf)));
    String caseNumber = api.read(api.file(api.as(company.username()), application, HallApi.newIdempotencyKey()),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "容缺受理");
    String signDesign = "门头招牌设计效果图（含尺寸、材质、安装位置）";
    String rules = "食品安全管理制度及食品安全管理人员名单";
    PortalSession session = PortalSession.signIn(port, company.username());
    String page = "/cases/" + caseNumber;

    String due = session.get(page).body();
    assertThat(due).contains("id=\"follow-deferred\"", signDesign, rules)
        .contains("aria-current=\"step\" data-stage=\"REVIEW\" data-state=\"CURRENT\"");
    assertThat(session.postFiles(page + "/deferred-materials", Map.of(), List.of()).statusCode()).isEqualTo(302);
    assertThat(session.get(page).body()).contains("请至少上传或选择一份容缺材料。");

    HttpResponse<String> handedIn = session.postFiles(page + "/deferred-materials", Map.of("vault.M5", pdf),
        List.of(new Upload("file.M4", "招牌效果图.pdf", Filings.pdf("招牌效果图"))));
    assertThat(handedIn.statusCode()).isEqualTo(302);
    String after = session.get(page).body();
    assertThat(after).contains("容缺材料已提交。").doesNotContain("id=\"follow-deferred\"")
        .contains(signDesign + "、" + rules).doesNotContain("M4,M5");
  }

  @Test
  void theApplicantWithdrawsWithAReasonAfterConfirming() throws Exception {
    Account company = parties.company("福州晋安撤回商行");
    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    PortalSession session = PortalSession.signIn(port, company.username());
    String page = "/cases/" + caseNumber;

    assertThat(session.get(page).body()).contains("id=\"withdraw-start\"");
    String confirm = session.get(page + "/withdrawal").body();
    assertThat(confirm).contains("撤回后办件即告办结，不能恢复").contains("id=\"withdraw-reason\"")
        .contains("<label for=\"withdraw-reason\">撤回原因 *</label>");
    HttpResponse<String> noReason = session.post(page + "/withdrawal", Map.of("reason", "  "));
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("请填写撤回原因。");
    assertThat(fieldTag(noReason.body(), "withdraw-reason")).contains("aria-invalid=\"true\"")
        .contains("aria-describedby=\"withdraw-reason-error\"");
    assertThat(status(company, caseNumber)).isEqualTo("SUBMITTED");

    HttpResponse<String> withdrawn = session.post(page + "/withdrawal", Map.of("reason", "经营场所租赁未谈妥"));
    assertThat(withdrawn.statusCode()).isEqualTo(302);
    String after = session.get(page).body();
    assertThat(after).contains("您已撤回本申请。").contains("data-status=\"WITHDRAWN\"").contains("经营场所租赁未谈妥")
        .doesNotContain("id=\"withdraw-start\"").contains("data-stage=\"ACCEPT\" data-state=\"NOT_REACHED\"");
    assertThat(status(company, caseNumber)).isEqualTo("WITHDRAWN");

    assertThat(session.get(page + "/withdrawal").body()).contains("不能再撤回").doesNotContain("id=\"withdraw-confirm\"");
    HttpResponse<String> again = session.post(page + "/withdrawal", Map.of("reason", "再撤一次"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("不能执行“撤回”").doesNotContain("WITHDRAWN<");
  }

  @Test
  void anotherApplicantsCaseIsNotFoundOnEveryFollowPage() throws Exception {
    Account company = parties.company("福州马尾他人商行");
    Account stranger = parties.person("钱旁人");
    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    requireCorrection(caseNumber, Map.of("M1", "申请书未签字"));
    PortalSession session = PortalSession.signIn(port, stranger.username());
    session.get("/cases");
    String page = "/cases/" + caseNumber;

    assertThat(session.get(page).statusCode()).isEqualTo(404);
    assertThat(session.get(page + "/withdrawal").statusCode()).isEqualTo(404);
    assertThat(session.post(page + "/withdrawal", Map.of("reason", "不是我的")).statusCode()).isEqualTo(404);
    assertThat(session.postFiles(page + "/correction", Map.of("explanation.M1", "不是我的"), List.of())
        .statusCode()).isEqualTo(404);
    assertThat(session.postFiles(page + "/deferred-materials", Map.of(), List.of()).statusCode()).isEqualTo(404);
    assertThat(status(company, caseNumber)).isEqualTo("CORRECTION_REQUIRED");
  }

  /** The clerk of SCJG issues a one-time correction notice listing {@code missing} (id → reason). */
  private void requireCorrection(String caseNumber, Map<String, String> missing) throws Exception {
    TestRestTemplate clerk = api.as("demo-scjg-clerk");
    JsonNode task = HallApi.await(() -> api.taskFor(clerk, caseNumber, "ACCEPT"), t -> !t.isMissingNode(),
        "acceptance task of " + caseNumber);
    String taskId = task.path("taskId").asText();
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/claim", null, String.class), HttpStatus.OK);
    List<Map<String, String>> items = new java.util.ArrayList<>();
    new java.util.TreeMap<>(missing).forEach((id, reason) -> items.add(Map.of("requirementId", id, "reason", reason)));
    api.read(clerk.postForEntity("/api/v1/console/tasks/" + taskId + "/complete",
        Map.of("outcome", "CORRECTION_REQUIRED", "opinion", "材料不齐", "missing", items), String.class), HttpStatus.OK);
  }

  private String status(Account applicant, String caseNumber) throws Exception {
    return api.caseOf(api.as(applicant.username()), caseNumber).path("status").asText();
  }

  /** The opening tag of the form control with {@code id}. */
  private static String fieldTag(String html, String id) {
    Matcher tag = Pattern.compile("<(?:input|select|textarea)[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
        .matcher(html);
    assertThat(tag.find()).as("a control with id " + id).isTrue();
    return tag.group();
  }
}
