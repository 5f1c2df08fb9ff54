package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;

/**
 * 缴费 over real HTTP (ADR 0027), on the demo's 不动产转移登记 (ZRZY-001: 不动产登记费 80 元, paid before the
 * certificate is issued): the approved case waits for its fee; a clerk of the lead department records a
 * bank-window payment and the licence is issued after it; the simulated gateway's callback is refused
 * with a bad signature, a wrong amount or as a stale replay, and counted once when it comes twice; and
 * nobody else sees or pays another applicant's case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentIntegrationTest {

  private static final String LAND_TRANSFER = "ZRZY-001";

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired Accounts accountRepository;
  @Autowired PasswordEncoder passwords;

  @Value("${openhall.payment.simulated.key}")
  String signingKey;

  @LocalServerPort
  int port;

  HallApi api;
  Filings filings;
  Parties parties;

  @BeforeEach
  void connect() {
    api = new HallApi(http, json);
    filings = new Filings(api);
    parties = new Parties(accountRepository, passwords);
  }

  @Test
  void anApprovedCaseWaitsForItsFeeUntilTheClerkRecordsTheBankWindowPayment() throws Exception {
    Account buyer = parties.person("陈买房");
    String n = approvedLandTransfer(buyer);
    TestRestTemplate applicant = api.as(buyer.username());

    JsonNode due = HallApi.await(() -> api.caseOf(applicant, n),
        c -> c.path("payment").path("status").asText().equals("DUE"), "the fee of " + n + " due");
    assertThat(due.path("status").asText()).isEqualTo("APPROVED");
    assertThat(due.path("payment").path("amount").decimalValue()).isEqualByComparingTo("80.00");
    assertThat(due.path("payment").path("amountFen").asLong()).isEqualTo(8000L);
    assertThat(due.path("licence").isNull() || due.path("licence").isMissingNode()).isTrue();

    // Another applicant neither sees nor pays the case; a clerk of another department cannot record it.
    TestRestTemplate stranger = api.as(parties.person("王路人").username());
    assertThat(stranger.getForEntity("/api/v1/cases/" + n, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(stranger.postForEntity("/api/v1/cases/" + n + "/payments/online", null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.as("demo-scjg-clerk").postForEntity(payments(n), bankPayment("ICBC-1", today()),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    assertProblem(api.as("demo-clerk").postForEntity(payments(n), bankPayment(" ", today()),
        String.class), HttpStatus.BAD_REQUEST, "PAYMENT_REFERENCE_REQUIRED");
    JsonNode recorded = api.read(api.as("demo-clerk").postForEntity(payments(n),
        bankPayment("ICBC-20261202-0042", today()), String.class), HttpStatus.CREATED);
    assertThat(recorded.path("status").asText()).isEqualTo("PAID");
    assertThat(recorded.path("method").asText()).isEqualTo("BANK_WINDOW");
    assertProblem(api.as("demo-clerk").postForEntity(payments(n), bankPayment("ICBC-2", today()),
        String.class), HttpStatus.CONFLICT, "PAYMENT_ALREADY_PAID");

    JsonNode issued = HallApi.await(() -> api.caseOf(applicant, n),
        c -> c.path("status").asText().equals("ISSUED"), "the licence of " + n + " after payment");
    assertThat(issued.path("licence").path("licenceNumber").asText()).isNotBlank();
    assertThat(issued.path("payment").path("status").asText()).isEqualTo("PAID");
    assertThat(issued.path("payment").path("method").asText()).isEqualTo("BANK_WINDOW");
    assertThat(issued.path("payment").path("reference").asText()).isEqualTo("ICBC-20261202-0042");
    assertThat(issued.path("payment").path("paidAt").asText()).isNotBlank();

    // The receipt on the portal case page: amount, method, date, reference.
    String page = PortalSession.signIn(port, buyer.username()).get("/cases/" + n).body();
    assertThat(page).contains("id=\"case-payment\"", "¥80.00", "data-status=\"PAID\"", "银行窗口",
        "ICBC-20261202-0042");
  }

  @Test
  void theSimulatedGatewaysCallbackIsVerifiedAndCountedOnce() throws Exception {
    Account buyer = parties.person("林网付");
    String n = approvedLandTransfer(buyer);
    TestRestTemplate applicant = api.as(buyer.username());
    HallApi.await(() -> api.caseOf(applicant, n),
        c -> c.path("payment").path("status").asText().equals("DUE"), "the fee of " + n + " due");

    JsonNode started = api.read(applicant.postForEntity("/api/v1/cases/" + n + "/payments/online", null,
        String.class), HttpStatus.OK);
    String redirect = started.path("redirectUrl").asText();
    assertThat(redirect).startsWith("/demo-bank/");
    String order = redirect.substring("/demo-bank/".length());
    long now = Instant.now().getEpochSecond();

    Map<String, String> forged = callback(order, 8000, "SIM-1", now);
    forged.put("signature", "0".repeat(64));
    assertProblem(postCallback(forged), HttpStatus.BAD_REQUEST, "PAYMENT_CALLBACK_INVALID");
    assertProblem(postCallback(callback(order, 100, "SIM-1", now)), HttpStatus.BAD_REQUEST,
        "PAYMENT_AMOUNT_MISMATCH");
    assertProblem(postCallback(callback(order, 8000, "SIM-OLD", now - 3600)), HttpStatus.BAD_REQUEST,
        "PAYMENT_CALLBACK_INVALID");
    assertProblem(postCallback(callback(UUID.randomUUID().toString(), 8000, "SIM-1", now)),
        HttpStatus.BAD_REQUEST, "PAYMENT_CALLBACK_INVALID");

    Map<String, String> good = callback(order, 8000, "SIM-1", now);
    assertThat(api.read(postCallback(good), HttpStatus.OK).path("recorded").asBoolean()).isTrue();
    assertThat(api.read(postCallback(good), HttpStatus.OK).path("recorded").asBoolean())
        .as("a duplicate is answered 200 and changes nothing").isFalse();
    assertProblem(postCallback(callback(order, 8000, "SIM-2", now)), HttpStatus.BAD_REQUEST,
        "PAYMENT_CALLBACK_INVALID");

    JsonNode issued = HallApi.await(() -> api.caseOf(applicant, n),
        c -> c.path("status").asText().equals("ISSUED"), "the licence of " + n + " after payment");
    assertThat(issued.path("payment").path("method").asText()).isEqualTo("ONLINE");
    assertThat(issued.path("payment").path("reference").asText()).isEqualTo("SIM-1");
    assertProblem(applicant.postForEntity("/api/v1/cases/" + n + "/payments/online", null, String.class),
        HttpStatus.CONFLICT, "PAYMENT_ALREADY_PAID");
  }

  @Test
  void theApplicantPaysThroughTheSimulatedBanksPages() throws Exception {
    Account buyer = parties.person("周页面");
    String n = approvedLandTransfer(buyer);
    HallApi.await(() -> api.caseOf(api.as(buyer.username()), n),
        c -> c.path("payment").path("status").asText().equals("DUE"), "the fee of " + n + " due");
    PortalSession portal = PortalSession.signIn(port, buyer.username());

    String casePage = portal.get("/cases/" + n).body();
    assertThat(casePage).contains("id=\"payment-online-form\"", "data-status=\"DUE\"", "待缴费");
    var toBank = portal.post("/cases/" + n + "/payment/online", Map.of());
    String bank = toBank.headers().firstValue("Location").orElseThrow();
    assertThat(bank).contains("/demo-bank/");
    String bankPath = bank.substring(bank.indexOf("/demo-bank/"));
    assertThat(portal.get(bankPath).body()).contains("¥80.00", "id=\"bank-pay\"");
    var paid = portal.post(bankPath + "/pay", Map.of());
    assertThat(paid.headers().firstValue("Location").orElse("")).contains("/cases/" + n);

    JsonNode issued = HallApi.await(() -> api.caseOf(api.as(buyer.username()), n),
        c -> c.path("status").asText().equals("ISSUED"), "the licence of " + n + " after paying online");
    assertThat(issued.path("payment").path("method").asText()).isEqualTo("ONLINE");
  }

  @Test
  void theClerkRecordsTheBankWindowPaymentFromTheStaffCasePage() throws Exception {
    Account buyer = parties.person("郑窗口");
    String n = approvedLandTransfer(buyer);
    HallApi.await(() -> api.caseOf(api.as(buyer.username()), n),
        c -> c.path("payment").path("status").asText().equals("DUE"), "the fee of " + n + " due");

    assertThat(StaffSession.signIn(port, "demo-reviewer").get("/console/cases/" + n).body())
        .as("a reviewer sees the fee but records nothing").contains("id=\"case-payment\"")
        .doesNotContain("id=\"payment-form\"");
    StaffSession clerk = StaffSession.signIn(port, "demo-clerk");
    String page = clerk.get("/console/cases/" + n).body();
    assertThat(page).contains("id=\"payment-form\"", "¥80.00", "待缴费").doesNotContain("BEFORE_ISSUE");

    clerk.post("/console/cases/" + n + "/payment", Map.of("reference", "", "paidOn", today().toString()));
    assertThat(clerk.get("/console/cases/" + n).body()).contains("id=\"payment-error\"", "请填写银行缴款凭证号");
    clerk.post("/console/cases/" + n + "/payment", Map.of("reference", "BOC-7788", "paidOn", today().toString()));
    assertThat(clerk.get("/console/cases/" + n).body()).contains("已缴费", "BOC-7788", "银行窗口")
        .doesNotContain("id=\"payment-form\"");

    HallApi.await(() -> api.caseOf(api.as(buyer.username()), n),
        c -> c.path("status").asText().equals("ISSUED"), "the licence of " + n + " after the window payment");
  }

  private String approvedLandTransfer(Account buyer) throws Exception {
    return approvedLandTransfer(api, filings, buyer);
  }

  /** The buyer files ZRZY-001 with its five required materials; the demo staff accept, review, approve. */
  static String approvedLandTransfer(HallApi api, Filings filings, Account buyer) throws Exception {
    List<Map<String, String>> materials = new java.util.ArrayList<>();
    for (String m : List.of("M1", "M2", "M3", "M4", "M5")) {
      materials.add(Map.of("requirementId", m,
          "materialId", filings.upload(buyer, Filings.pdf(m + "-" + UUID.randomUUID()), m + ".pdf")));
    }
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("applicantName", buyer.displayName());
    form.put("buyerId", buyer.partyId());
    form.put("sellerName", "黄卖房");
    form.put("certificateNo", "闽（2020）福州市不动产权第0012345号");
    form.put("propertyAddress", "福州市鼓楼区五四路100号3栋502室");
    form.put("buildingArea", "89.5");
    form.put("dealPrice", "150");
    form.put("contactPhone", "13812345678");
    String n = api.read(api.file(api.as(buyer.username()),
        Map.of("itemCode", LAND_TRANSFER, "formData", form, "materials", materials),
        HallApi.newIdempotencyKey()), HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("demo-clerk", n, "ACCEPT", "ACCEPTED", "材料齐全");
    api.completeTask("demo-reviewer", n, "REVIEW", "PASSED", "符合登记条件");
    api.completeTask("demo-approver", n, "DECIDE", "APPROVED", "准予登记");
    return n;
  }

  private static String payments(String caseNumber) {
    return "/api/v1/console/cases/" + caseNumber + "/payments";
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private static Map<String, Object> bankPayment(String reference, LocalDate paidOn) {
    return Map.of("reference", reference, "paidOn", paidOn.toString());
  }

  private Map<String, String> callback(String order, long amountFen, String transaction, long timestamp)
      throws Exception {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("orderId", order);
    c.put("amountFen", Long.toString(amountFen));
    c.put("transactionId", transaction);
    c.put("timestamp", Long.toString(timestamp));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    c.put("signature", HexFormat.of().formatHex(mac.doFinal(
        (order + "|" + amountFen + "|" + transaction + "|" + timestamp).getBytes(StandardCharsets.UTF_8))));
    return c;
  }

  private ResponseEntity<String> postCallback(Map<String, String> callback) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> body = new LinkedMultiValueMap<>();
    callback.forEach(body::add);
    return http.postForEntity("/api/v1/payments/callback", new HttpEntity<>(body, headers), String.class);
  }

  private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
  }
}
