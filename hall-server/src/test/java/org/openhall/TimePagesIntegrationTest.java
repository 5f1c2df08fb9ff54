package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The staff case page's forms for time, as a browser without JavaScript posts them: only the staff the
 * policies name see each form; a refusal comes back beside its field with everything typed kept; a special
 * procedure's start and end, a granted extension and a denial each show the document they issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimePagesIntegrationTest {

  private static final Pattern ISSUED_POLL = Pattern.compile("hx-get=\"([^\"]+/issued\\?[^\"]+)\"");
  private static final Pattern DOCUMENT_LINK = Pattern.compile("href=\"(/console/cases/[^\"]+/documents/[^\"]+\\.pdf)\"");

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  HallApi api;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
  }

  @Test
  void specialProcedureAndExtensionFormsWorkForThoseThePoliciesNameAndShowTheirDocuments() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    String page = "/console/cases/" + caseNumber;

    StaffSession reviewer = StaffSession.signIn(port, "demo-scjg-reviewer");
    String asReviewer = reviewer.get(page).body();
    assertThat(asReviewer).contains("id=\"special-start\"", "id=\"extension-request\"", "专家评审",
        "本事项一次最多可延长 10 个工作日").doesNotContain("extension-decision", "id=\"delivery-form\"");
    for (String reader : new String[] {"demo-supervisor", "demo-scjg-head"}) {
      assertThat(StaffSession.signIn(port, reader).get(page).body()).as(reader)
          .doesNotContain("id=\"special-start\"", "id=\"extension-request\"");
    }

    // Refused: the days are out of range and no reason; both said beside their fields, the kind kept.
    HttpResponse<String> refused = reviewer.post(page + "/special-procedures",
        Map.of("kind", "EXPERT_REVIEW", "expectedWorkingDays", "300", "reason", " "));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"special-days-error\"", "须为 1 至 250 之间")
        .contains("value=\"EXPERT_REVIEW\" selected=\"selected\"", "value=\"300\"")
        .doesNotContain("SPECIAL_PROCEDURE_DAYS_INVALID");
    HttpResponse<String> noReason = reviewer.post(page + "/special-procedures",
        Map.of("kind", "EXPERT_REVIEW", "expectedWorkingDays", "5", "reason", ""));
    assertThat(noReason.body()).contains("id=\"special-reason-error\"", "必须填写书面理由", "value=\"5\"");

    issuedAfter(reviewer, reviewer.post(page + "/special-procedures",
        Map.of("kind", "EXPERT_REVIEW", "expectedWorkingDays", "5", "reason", "组织专家评审")), "特别程序告知书");
    assertThat(reviewer.get(page).body()).contains("id=\"special-end\"").doesNotContain("id=\"special-start\"");
    issuedAfter(reviewer, reviewer.post(page + "/special-procedures/current/end", Map.of("note", "专家意见已出具")),
        "特别程序结束告知书");

    HttpResponse<String> tooLong = reviewer.post(page + "/extensions", Map.of("workingDays", "12", "reason", "情况复杂"));
    assertThat(tooLong.body()).contains("id=\"extension-days-error\"", "超过本事项允许的最长延期 10 个工作日",
        "情况复杂", "value=\"12\"");
    HttpResponse<String> requested = reviewer.post(page + "/extensions", Map.of("workingDays", "3", "reason", "需补充现场勘验"));
    assertThat(requested.statusCode()).isEqualTo(302);
    assertThat(reviewer.get(page).body()).contains("延期申请已提交").doesNotContain("extension-decision");

    HallApi.await(() -> api.read(api.as("demo-scjg-head").getForEntity("/api/v1/console/notifications", String.class),
        HttpStatus.OK), n -> n.toString().contains("延期待审批：办件 " + caseNumber), "the head told of the request");
    StaffSession head = StaffSession.signIn(port, "demo-scjg-head");
    String asHead = head.get(page).body();
    assertThat(asHead).contains("extension-decision", "申请延长 3 个工作日，理由：需补充现场勘验");
    String extensionId = api.read(api.as("demo-scjg-head").getForEntity("/api/v1/console/cases/" + caseNumber,
        String.class), HttpStatus.OK).path("extensions").get(0).path("extensionId").asText();
    String decision = page + "/extensions/" + extensionId + "/decision";
    HttpResponse<String> noNote = head.post(decision, Map.of("decision", "REFUSE", "note", ""));
    assertThat(noNote.body()).contains("id=\"decision-" + extensionId + "-note-error\"", "必须填写书面理由");
    StaffSession approver = StaffSession.signIn(port, "demo-scjg-approver");
    assertThat(approver.get(page).body()).doesNotContain("extension-decision");
    assertThat(approver.post(decision, Map.of("decision", "GRANT", "note", "同意")).body())
        .as("not a head: refused in words").contains("延期须由主办部门负责人审批");
    issuedAfter(head, head.post(decision, Map.of("decision", "GRANT", "note", "同意延期")), "延期通知书");
    assertThat(api.caseOf(api.as("demo-company"), caseNumber).path("extensions").get(0).path("status").asText())
        .isEqualTo("GRANTED");
  }

  @Test
  void theTaskPageAsksForReasonsBesideTheOpinionAndADenialShowsItsDecision() throws Exception {
    String caseNumber = api.applyForFoodLicence();
    api.completeTask("demo-scjg-clerk", caseNumber, "ACCEPT", "ACCEPTED", "予以受理");
    api.completeTask("demo-scjg-reviewer", caseNumber, "REVIEW", "FAILED", "经营场所不符合要求");
    TestRestTemplate approverApi = api.as("demo-scjg-approver");
    JsonNode task = HallApi.await(() -> api.taskFor(approverApi, caseNumber, "DECIDE"), t -> !t.isMissingNode(),
        "decision task");
    String taskId = task.path("taskId").asText();
    StaffSession approver = StaffSession.signIn(port, "demo-scjg-approver");
    approver.get("/console/tasks/" + taskId);
    approver.post("/console/tasks/" + taskId + "/claim", Map.of());
    String taskPage = approver.get("/console/tasks/" + taskId).body();
    assertThat(taskPage).contains("id=\"opinion-hint\"", "准予许可须写明推翻的理由", "id=\"open-time-actions\"");

    HttpResponse<String> overruled = approver.post("/console/tasks/" + taskId + "/complete",
        Map.of("outcome", "APPROVED", "opinion", ""));
    assertThat(overruled.statusCode()).isEqualTo(302);
    String again = approver.get("/console/tasks/" + taskId).body();
    assertThat(again).contains("id=\"opinion-error\"", "准予许可须写明理由").contains("id=\"outcome-APPROVED\" checked=\"checked\"");
    approver.post("/console/tasks/" + taskId + "/complete", Map.of("outcome", "DENIED", "opinion", ""));
    assertThat(approver.get("/console/tasks/" + taskId).body()).contains("id=\"opinion-error\"", "必须填写书面理由",
        "id=\"outcome-DENIED\" checked=\"checked\"");

    issuedAfter(approver, approver.post("/console/tasks/" + taskId + "/complete",
        Map.of("outcome", "DENIED", "opinion", "经营场所不符合食品安全要求")), "不予行政许可决定书");
  }

  /** Follows a step's redirect to the case page and waits for the document it issued, then opens its PDF. */
  private void issuedAfter(StaffSession staff, HttpResponse<String> step, String title) throws Exception {
    assertThat(step.statusCode()).as(step.body()).isEqualTo(302);
    String location = step.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    String shown = staff.get(location).body();
    assertThat(shown).contains("class=\"notice\"", "id=\"issued-document\"");
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    String fragment = shown;
    while (!fragment.contains("已出具《" + title + "》")) {
      Matcher poll = ISSUED_POLL.matcher(fragment);
      assertThat(poll.find()).as("the page polls for the document: " + fragment).isTrue();
      assertThat(Instant.now()).as(title + " issued").isBefore(giveUp);
      Thread.sleep(300);
      fragment = staff.get(poll.group(1).replace("&amp;", "&")).body();
    }
    Matcher link = DOCUMENT_LINK.matcher(fragment.substring(fragment.indexOf("已出具《" + title + "》")));
    assertThat(link.find()).isTrue();
    HttpResponse<String> pdf = staff.get(link.group(1));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
  }
}
