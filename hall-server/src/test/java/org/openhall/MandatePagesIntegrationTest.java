package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The 代办授权 pages: an agent records a mandate, the principal confirms it on their page, and the
 * agent's apply page then offers it and files the case for the principal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MandatePagesIntegrationTest {

  private static final Pattern CONFIRM = Pattern.compile("action=\"/mandates/([0-9a-f-]{36})/confirmation\"");

  @LocalServerPort
  int port;

  @Autowired
  Accounts accountRepository;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  Clock clock;

  Parties parties;

  @BeforeEach
  void setUp() {
    parties = new Parties(accountRepository, passwords);
  }

  @Test
  void anAgentRecordsTheMandateThePrincipalConfirmsItAndTheAgentFilesUnderIt() throws Exception {
    Account agent = parties.agent("郑代办");
    Account company = parties.company("福州仓山米粉店");
    Account stranger = parties.person("何旁观");
    LocalDate today = LocalDate.now(clock);
    PortalSession asAgent = PortalSession.signIn(port, agent.username());

    HttpResponse<String> page = asAgent.get("/mandates");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("登记新的代办授权").contains("href=\"/mandates\"");
    HttpResponse<String> refused = asAgent.post("/mandates", Map.of("principalId", "12345",
        "scope", "", "validFrom", today.toString(), "validTo", today.plusDays(30).toString()));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("请填写申请人有效的居民身份证号码或统一社会信用代码")
        .contains("value=\"12345\"");

    HttpResponse<String> recorded = asAgent.post("/mandates", Map.of("principalId", company.partyId(),
        "scope", "SCJG-001，SCJG-004", "validFrom", today.toString(),
        "validTo", today.plusDays(30).toString()));
    assertThat(recorded.statusCode()).isEqualTo(302);
    assertThat(asAgent.get("/mandates").body()).contains("授权已登记，等待 福州仓山米粉店 确认")
        .contains("食品经营许可（新办）、仅销售预包装食品备案").contains("待申请人确认");
    assertThat(asAgent.get("/apply/SCJG-001").body()).as("nothing to file under before confirmation")
        .contains("您没有申请人确认的、包含本事项的有效代办授权").doesNotContain("name=\"onBehalfOf\"");

    PortalSession asCompany = PortalSession.signIn(port, company.username());
    HttpResponse<String> theirs = asCompany.get("/mandates");
    assertThat(theirs.body()).contains("郑代办").doesNotContain("登记新的代办授权");
    Matcher confirm = CONFIRM.matcher(theirs.body());
    assertThat(confirm.find()).as("a confirm button").isTrue();
    String mandateId = confirm.group(1);

    PortalSession asStranger = PortalSession.signIn(port, stranger.username());
    asStranger.get("/mandates");
    assertThat(asStranger.post("/mandates/" + mandateId + "/confirmation", Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(asCompany.post("/mandates/" + mandateId + "/confirmation", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(asCompany.get("/mandates").body()).contains("您已确认 郑代办 代您办事的授权").contains("已确认");

    HttpResponse<String> apply = asAgent.get("/apply/SCJG-001");
    assertThat(apply.body()).contains("name=\"onBehalfOf\"").contains("value=\"" + mandateId + "\"")
        .contains("福州仓山米粉店");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", UUID.randomUUID().toString());
    fields.put("onBehalfOf", mandateId);
    fields.put("form.applicantName", company.displayName());
    fields.put("form.creditCode", company.partyId());
    fields.put("form.businessScope", "HOT_FOOD");
    fields.put("form.contactPhone", "13812345678");
    HttpResponse<String> filed = asAgent.postMultipart("/apply/SCJG-001", fields, "material.M1",
        HallApi.blankPdf());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
    String casePath = filed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    assertThat(casePath).startsWith("/cases/");

    for (PortalSession reader : new PortalSession[] {asAgent, asCompany}) {
      HttpResponse<String> casePage = reader.get(casePath);
      assertThat(casePage.statusCode()).isEqualTo(200);
      assertThat(casePage.body()).contains("id=\"case-applicant\">福州仓山米粉店<")
          .contains("id=\"case-agent\">郑代办<");
      assertThat(reader.get("/cases").body()).contains(casePath.substring("/cases/".length()))
          .contains("代办：郑代办");
    }
    assertThat(asStranger.get(casePath).statusCode()).isEqualTo(404);
  }
}
