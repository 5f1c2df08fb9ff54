package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.DeployedProcesses;
import org.openhall.catalogue.ItemCategory;
import org.openhall.workflow.FilingProcess;
import org.openhall.workflow.InstantApprovalProcess;
import org.openhall.workflow.JointApprovalProcess;
import org.openhall.workflow.PromisedApprovalProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The catalogue over real HTTP: the public item API as API.md describes it, the admin's publish
 * path (refused with every reason, then published, superseded and retired, a filed case keeping
 * its version), and 四统一 — export, re-import changing nothing, a broken file importing nothing.
 * New items get fresh codes, so the demo catalogue other tests rely on is left as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueIntegrationTest {

  private static final String PASSWORD = "Demo#2026";

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  DeployedProcesses deployed;

  @LocalServerPort
  int port;

  @Test
  void listsPublishedItemsByChineseKeywordDepartmentAndCategoryWithPaging() throws IOException {
    JsonNode food = read(http.getForEntity("/api/v1/items?query=食品", String.class), HttpStatus.OK);
    assertThat(codes(food)).contains("SCJG-001").allMatch(c -> !c.isBlank());
    JsonNode first = food.path("content").get(0);
    assertThat(fieldNames(first)).containsExactlyInAnyOrder("code", "name", "department",
        "category", "promisedDays", "legalDays", "onlineDepth");
    assertThat(fieldNames(first.path("department"))).containsExactly("code", "name");

    JsonNode police = read(http.getForEntity("/api/v1/items?department=GA&size=100", String.class),
        HttpStatus.OK);
    assertThat(police.path("content")).allSatisfy(
        i -> assertThat(i.path("department").path("code").asText()).isEqualTo("GA"));
    JsonNode joint = read(http.getForEntity("/api/v1/items?category=JOINT&size=100", String.class),
        HttpStatus.OK);
    assertThat(joint.path("content")).isNotEmpty().allSatisfy(
        i -> assertThat(i.path("category").asText()).isEqualTo("JOINT"));

    JsonNode page0 = read(http.getForEntity("/api/v1/items?page=0&size=5", String.class), HttpStatus.OK);
    JsonNode page1 = read(http.getForEntity("/api/v1/items?page=1&size=5", String.class), HttpStatus.OK);
    assertThat(page0.path("content")).hasSize(5);
    assertThat(page0.path("totalElements").asLong()).isGreaterThanOrEqualTo(30);
    assertThat(page0.path("totalPages").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(codes(page1)).doesNotContainAnyElementsOf(codes(page0));

    String portal = http.getForObject("/?query={q}", String.class, "食品");
    assertThat(portal).contains("食品经营许可（新办）").doesNotContain("居民身份证换领");
    assertThat(http.getForObject("/?department=GA", String.class)).contains("居民身份证换领")
        .doesNotContain("食品经营许可（新办）");

    ResponseEntity<String> badPage = http.getForEntity("/api/v1/items?size=1000", String.class);
    assertThat(badPage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badPage.getBody()).path("code").asText()).isEqualTo("PAGE_INVALID");
  }

  @Test
  void describesAnItemsServiceGuideAsApiMdSays() throws IOException {
    JsonNode guide = read(http.getForEntity("/api/v1/items/SCJG-001", String.class), HttpStatus.OK);

    assertThat(fieldNames(guide)).contains("code", "name", "department", "category",
        "promisedDays", "legalDays", "onlineDepth", "version", "legalBasis", "conditions",
        "procedure", "materials", "fees", "complaintChannel", "location", "hours", "formFields",
        "maxExtensionDays");
    assertThat(guide.path("maxExtensionDays").asInt()).as("the legal maximum").isEqualTo(10);
    assertThat(read(http.getForEntity("/api/v1/items/SCJG-005", String.class), HttpStatus.OK)
        .path("maxExtensionDays").asInt()).as("the legal maximum of joint items").isEqualTo(15);
    assertThat(http.getForObject("/items/SCJG-001", String.class))
        .contains("10 个工作日，可延长 10 个工作日");
    assertThat(http.getForObject("/items/SCJG-001?lang=en", String.class))
        .contains("10 working days, extendable by 10 working days");
    assertThat(guide.path("licence").path("title").asText()).isEqualTo("食品经营许可证");
    assertThat(guide.path("licence").path("validity").path("kind").asText()).isEqualTo("YEARS");
    assertThat(guide.path("licence").path("validity").path("years").asInt()).isEqualTo(5);
    assertThat(http.getForObject("/items/SCJG-001", String.class)).contains("自发证之日起 5 年");
    assertThat(http.getForObject("/items/SCJG-001?lang=en", String.class))
        .contains("5 years from the day of issue");
    assertThat(read(http.getForEntity("/api/v1/items/SCJG-004", String.class), HttpStatus.OK).path("licence")
        .isNull()).as("a filing issues no licence").isTrue();
    assertThat(fieldNames(guide.path("materials").get(0))).contains("id", "name", "required",
        "deferrable", "originals", "copies");
    assertThat(guide.path("fees")).as("empty = free").isEmpty();
    JsonNode scope = field(guide, "businessScope");
    assertThat(fieldNames(scope)).contains("key", "label", "type", "required", "options");
    assertThat(scope.path("options")).isNotEmpty();
    assertThat(field(guide, "applicantName").path("options")).isEmpty();

    JsonNode identityCard = read(http.getForEntity("/api/v1/items/GA-001", String.class), HttpStatus.OK);
    assertThat(identityCard.path("fees")).isNotEmpty().allSatisfy(f -> assertThat(fieldNames(f))
        .containsExactlyInAnyOrder("name", "amount", "basis"));

    assertThat(http.getForObject("/items/SCJG-005", String.class)).contains("协办部门")
        .contains("公安局");

    ResponseEntity<String> unknown = http.getForEntity("/api/v1/items/NO-SUCH-1", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(unknown.getBody()).path("code").asText()).isEqualTo("ITEM_NOT_FOUND");
  }

  @Test
  void adminPublishesOnlyAConsistentItemAndACaseKeepsTheVersionItWasFiledUnder() throws Exception {
    TestRestTemplate admin = http.withBasicAuth("demo-admin", PASSWORD);
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    ObjectNode entry = entry(code, "集成测试许可");
    entry.put("processKey", "NotDeployedAnywhere");
    entry.put("legalDays", 5);
    entry.put("promisedDays", 8);

    JsonNode draft = read(admin.postForEntity("/api/v1/console/catalogue/items", entry, String.class),
        HttpStatus.CREATED);
    String v1 = draft.path("id").asText();
    assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
    ResponseEntity<String> refused = admin.postForEntity(
        "/api/v1/console/catalogue/versions/" + v1 + "/publish", null, String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = json.readTree(refused.getBody());
    assertThat(problem.path("code").asText()).isEqualTo("ITEM_NOT_PUBLISHABLE");
    assertThat(problem.path("errors")).extracting(e -> e.path("code").asText())
        .containsExactlyInAnyOrder("ITEM_PROCESS_NOT_FOR_CATEGORY", "ITEM_PROMISE_EXCEEDS_LAW");
    assertThat(problem.path("errors").get(0).path("message").asText()).contains(code);
    assertThat(problem.path("errors")).extracting(e -> e.path("message").asText()).contains(
        "事项 " + code + "：类别为承诺件的事项必须使用承诺件流程（PromisedApproval），当前为 NotDeployedAnywhere。");
    assertThat(read(admin.getForEntity("/api/v1/console/catalogue/versions/" + v1, String.class),
        HttpStatus.OK).path("publicationProblems")).extracting(e -> e.path("message").asText())
        .contains("事项 " + code + "：类别为承诺件的事项必须使用承诺件流程（PromisedApproval），当前为 NotDeployedAnywhere。");
    assertThat(http.getForEntity("/api/v1/items/" + code, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    entry.put("processKey", "PromisedApproval");
    entry.put("promisedDays", 3);
    read(admin.exchange("/api/v1/console/catalogue/versions/" + v1, HttpMethod.PUT,
        new HttpEntity<>(entry), String.class), HttpStatus.OK);
    byte[] blankForm = pdf();
    read(admin.postForEntity("/api/v1/console/catalogue/versions/" + v1 + "/files",
        upload("M1", "BLANK_FORM", "营业执照说明.pdf", blankForm), String.class), HttpStatus.OK);
    ResponseEntity<String> notAPdf = admin.postForEntity(
        "/api/v1/console/catalogue/versions/" + v1 + "/files",
        upload("M1", "SAMPLE", "样本.pdf", "plain text".getBytes(StandardCharsets.UTF_8)),
        String.class);
    assertThat(notAPdf.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(json.readTree(notAPdf.getBody()).path("code").asText())
        .isEqualTo("GUIDE_FILE_TYPE_NOT_ALLOWED");
    JsonNode published = read(admin.postForEntity(
        "/api/v1/console/catalogue/versions/" + v1 + "/publish", null, String.class), HttpStatus.OK);
    assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
    JsonNode guide = read(http.getForEntity("/api/v1/items/" + code, String.class), HttpStatus.OK);
    assertThat(guide.path("version").asInt()).isEqualTo(1);
    String blankFormUrl = guide.path("materials").get(0).path("blankFormUrl").asText();
    ResponseEntity<byte[]> downloaded = http.getForEntity(blankFormUrl, byte[].class);
    assertThat(downloaded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(downloaded.getBody()).isEqualTo(blankForm);
    assertThat(downloaded.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String guidePage = http.getForObject("/items/" + code, String.class);
    assertThat(guidePage).contains(blankFormUrl).contains("设定依据").contains("申请条件")
        .contains("办理流程").contains("申请材料").contains("收费标准").contains("承诺时限")
        .contains("投诉渠道");

    String caseNumber = fileCase(code);

    JsonNode v2 = read(admin.postForEntity("/api/v1/console/catalogue/items/" + code + "/draft",
        null, String.class), HttpStatus.OK);
    assertThat(v2.path("version").asInt()).isEqualTo(2);
    entry.put("name", "集成测试许可（第二版）");
    read(admin.exchange("/api/v1/console/catalogue/versions/" + v2.path("id").asText(),
        HttpMethod.PUT, new HttpEntity<>(entry), String.class), HttpStatus.OK);
    ResponseEntity<String> publishedAgain = admin.postForEntity(
        "/api/v1/console/catalogue/versions/" + v1 + "/publish", null, String.class);
    assertThat(publishedAgain.getStatusCode()).as("a published version is never published again")
        .isEqualTo(HttpStatus.CONFLICT);
    read(admin.postForEntity("/api/v1/console/catalogue/versions/" + v2.path("id").asText()
        + "/publish", null, String.class), HttpStatus.OK);

    JsonNode current = read(http.getForEntity("/api/v1/items/" + code, String.class), HttpStatus.OK);
    assertThat(current.path("version").asInt()).isEqualTo(2);
    assertThat(current.path("name").asText()).isEqualTo("集成测试许可（第二版）");
    assertThat(read(admin.getForEntity("/api/v1/console/catalogue/versions/" + v1, String.class),
        HttpStatus.OK).path("status").asText()).isEqualTo("RETIRED");
    JsonNode filed = read(http.withBasicAuth("demo-company", PASSWORD)
        .getForEntity("/api/v1/cases/" + caseNumber, String.class), HttpStatus.OK);
    assertThat(filed.path("itemName").asText()).as("the case keeps its version")
        .isEqualTo("集成测试许可");

    read(admin.postForEntity("/api/v1/console/catalogue/versions/" + v2.path("id").asText()
        + "/retire", null, String.class), HttpStatus.OK);
    assertThat(http.getForEntity("/api/v1/items/" + code, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anItemStatesItsOwnExtensionLimitWithinTheLawAndTheGuideShowsIt() throws IOException {
    TestRestTemplate admin = http.withBasicAuth("demo-admin", PASSWORD);
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    ObjectNode entry = entry(code, "延期上限测试");
    entry.put("legalDays", 20);
    entry.put("maxExtensionDays", 12);
    String v1 = read(admin.postForEntity("/api/v1/console/catalogue/items", entry, String.class),
        HttpStatus.CREATED).path("id").asText();

    ResponseEntity<String> refused = admin.postForEntity(
        "/api/v1/console/catalogue/versions/" + v1 + "/publish", null, String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).path("errors"))
        .extracting(e -> e.path("field").asText(), e -> e.path("code").asText())
        .containsExactly(tuple("maxExtensionDays", "ITEM_MAX_EXTENSION_EXCEEDS_LAW"));
    assertThat(json.readTree(refused.getBody()).path("errors").get(0).path("message").asText())
        .startsWith("事项 " + code + "：单次延期上限 12 个工作日超过了法定的 10 个工作日");

    entry.put("maxExtensionDays", 6);
    read(admin.exchange("/api/v1/console/catalogue/versions/" + v1, HttpMethod.PUT,
        new HttpEntity<>(entry), String.class), HttpStatus.OK);
    read(admin.postForEntity("/api/v1/console/catalogue/versions/" + v1 + "/publish", null,
        String.class), HttpStatus.OK);

    assertThat(read(http.getForEntity("/api/v1/items/" + code, String.class), HttpStatus.OK)
        .path("maxExtensionDays").asInt()).isEqualTo(6);
    assertThat(http.getForObject("/items/" + code, String.class))
        .contains("20 个工作日，可延长 6 个工作日");
    JsonNode exported = json.readTree(admin.getForEntity("/api/v1/console/catalogue/export",
        byte[].class).getBody());
    assertThat(exported.path("items")).filteredOn(i -> i.path("code").asText().equals(code))
        .singleElement()
        .satisfies(i -> assertThat(i.path("maxExtensionDays").asInt()).isEqualTo(6));
  }

  @Test
  void everyCategoryRunsAProcessModelThatIsDeployed() {
    assertThat(ItemCategory.INSTANT.processKey()).isEqualTo(InstantApprovalProcess.KEY);
    assertThat(ItemCategory.PROMISED.processKey()).isEqualTo(PromisedApprovalProcess.KEY);
    assertThat(ItemCategory.JOINT.processKey()).isEqualTo(JointApprovalProcess.KEY);
    assertThat(ItemCategory.FILING.processKey()).isEqualTo(FilingProcess.KEY);
    for (ItemCategory category : ItemCategory.values()) {
      assertThat(deployed.isDeployed(category.processKey())).as(category.name()).isTrue();
    }
  }

  @Test
  void refusesInEnglishAnInstantItemThatRunsAnotherProcessAndAPromisedItemWithCoDepartments()
      throws IOException {
    TestRestTemplate admin = http.withBasicAuth("demo-admin", PASSWORD);
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    ObjectNode entry = entry(code, "即办测试");
    entry.put("category", "INSTANT");
    entry.putArray("coDepartments").add("GA");
    String v1 = read(admin.postForEntity("/api/v1/console/catalogue/items", entry, String.class),
        HttpStatus.CREATED).path("id").asText();
    HttpHeaders english = new HttpHeaders();
    english.setAcceptLanguageAsLocales(List.of(Locale.ENGLISH));

    ResponseEntity<String> refused = admin.exchange(
        "/api/v1/console/catalogue/versions/" + v1 + "/publish", HttpMethod.POST,
        new HttpEntity<>(english), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).path("errors"))
        .extracting(e -> e.path("field").asText(), e -> e.path("message").asText())
        .containsExactlyInAnyOrder(
            tuple("processKey", "Item " + code
                + ": an instant item must run the instant approval process (InstantApproval),"
                + " not PromisedApproval."),
            tuple("coDepartments", "Item " + code
                + " is an instant item and cannot have co-departments (it lists GA); make an"
                + " item that several departments handle together a joint item."));
  }

  @Test
  void exportThenReimportChangesNothing() throws IOException {
    TestRestTemplate admin = http.withBasicAuth("demo-admin", PASSWORD);
    ResponseEntity<byte[]> export = admin.getForEntity("/api/v1/console/catalogue/export", byte[].class);
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentDisposition().isAttachment()).isTrue();
    JsonNode file = json.readTree(export.getBody());
    assertThat(file.path("format").asText()).isEqualTo("openhall-catalogue");
    int items = file.path("items").size();
    assertThat(items).isGreaterThanOrEqualTo(30);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    JsonNode result = read(admin.postForEntity("/api/v1/console/catalogue/import",
        new HttpEntity<>(export.getBody(), headers), String.class), HttpStatus.OK);

    assertThat(result.path("itemsAdded").asInt()).isZero();
    assertThat(result.path("itemsUnchanged").asInt()).isEqualTo(items);
    assertThat(result.path("departmentsAdded").asInt()).isZero();
  }

  @Test
  void aBrokenFileImportsNothingAndListsEveryProblem() throws IOException {
    TestRestTemplate admin = http.withBasicAuth("demo-admin", PASSWORD);
    long before = totalItems();
    String broken = """
        {"format": "openhall-catalogue", "formatVersion": 1,
         "departments": [{"code": "QX", "name": "气象局"}],
         "items": [
           {"code": "QX-001", "version": 1, "name": "施放气球活动许可", "itemType": "LICENCE",
            "category": "PROMISED", "leadDepartment": "QX", "legalDays": 5, "promisedDays": 9,
            "onlineDepth": 3, "processKey": "PromisedApproval",
            "legalBasis": [{"law": "《通用航空飞行管制条例》", "article": "第三十五条", "text": "……"}],
            "conditions": ["法律法规规定的其他条件"], "procedure": [{"step": "申请"}],
            "materials": [{"id": "M1", "name": "申请书", "required": true, "originals": 1}],
            "location": "中心", "hours": "工作日", "complaintChannel": "12345",
            "form": {"fields": []}},
           {"code": "QX-002", "version": "one"}
         ]}
        """;
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> refused = admin.postForEntity("/api/v1/console/catalogue/import",
        new HttpEntity<>(broken.getBytes(StandardCharsets.UTF_8), headers), String.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    JsonNode problem = json.readTree(refused.getBody());
    assertThat(problem.path("code").asText()).isEqualTo("CATALOGUE_INVALID");
    assertThat(problem.path("errors")).extracting(e -> e.path("code").asText())
        .containsExactlyInAnyOrder("CATALOGUE_ITEM_UNREADABLE", "ITEM_PROMISE_EXCEEDS_LAW",
            "ITEM_CONDITION_CATCH_ALL", "ITEM_FEES_UNSTATED");
    assertThat(totalItems()).isEqualTo(before);
    assertThat(read(http.getForEntity("/api/v1/items?department=QX", String.class), HttpStatus.OK)
        .path("totalElements").asInt()).isZero();
  }

  @Test
  void onlyAdminsMayExportImportOrPublish() {
    TestRestTemplate clerk = http.withBasicAuth("demo-clerk", PASSWORD);
    assertThat(clerk.getForEntity("/api/v1/console/catalogue/export", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/v1/console/catalogue/export", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void adminPagesPreviewAndPublishADraftAndAreClosedToOtherStaff() throws Exception {
    ConsoleSession clerk = ConsoleSession.signedIn(port, "demo-clerk");
    assertThat(clerk.get("/console/catalogue").statusCode()).isEqualTo(403);

    ConsoleSession admin = ConsoleSession.signedIn(port, "demo-admin");
    String list = admin.get("/console/catalogue").body();
    assertThat(list).contains("SCJG-001").contains("id=\"export\"");
    String code = "PG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("name", "页面测试许可");
    form.put("itemType", "LICENCE");
    form.put("category", "PROMISED");
    form.put("leadDepartment", "SCJG");
    form.put("legalDays", "10");
    form.put("promisedDays", "5");
    form.put("onlineDepth", "3");
    form.put("visits", "1");
    form.put("location", "市民服务中心");
    form.put("hours", "工作日 9:00-17:00");
    form.put("complaintChannel", "12345");
    form.put("processKey", "PromisedApproval");
    form.put("conditions[0].text", "已取得营业执照");
    form.put("conditions[1].text", "有符合要求的场所");
    form.put("legalBasis[0].law", "《行政许可法》");
    form.put("legalBasis[0].article", "第十二条");
    form.put("legalBasis[0].text", "……");
    form.put("procedure[0].step", "申请");
    form.put("procedure[1].step", "决定");
    form.put("materials[0].id", "M1");
    form.put("materials[0].name", "申请书");
    form.put("materials[0].required", "true");
    form.put("materials[0].originals", "1");
    form.put("fields[0].key", "hasStore");
    form.put("fields[0].label", "有仓库");
    form.put("fields[0].type", "CHECKBOX");
    form.put("fields[1].key", "area");
    form.put("fields[1].label", "仓库面积");
    form.put("fields[1].type", "NUMBER");
    form.put("fields[1].required", "true");
    form.put("fields[1].showWhenField", "hasStore");
    form.put("fields[1].showWhenEquals", "true");

    HttpResponse<String> created = admin.post("/console/catalogue/new", "/console/catalogue/new", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    String preview = created.headers().firstValue("Location").orElseThrow()
        .replace("http://localhost:" + port, "");
    String page = admin.get(preview).body();
    assertThat(page).contains("页面测试许可").contains("data-show-when-field=\"form.hasStore\"")
        .contains("id=\"problems\"");

    HttpResponse<String> refused = admin.post(preview, preview + "/publish", Map.of());
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(admin.get(preview).body()).contains("id=\"refusal\"").contains(code);

    form.put("free", "true");
    form.put("maxExtensionDays", "7");
    form.put("licenceValidityKind", "YEARS");
    form.put("licenceValidityYears", "3");
    form.put("licenceTitle", "页面测试许可证");
    HttpResponse<String> saved = admin.post(preview + "/edit", preview + "/edit", form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(admin.get(preview).body()).doesNotContain("id=\"problems\"")
        .contains("10 个工作日，可延长 7 个工作日").contains("页面测试许可证").contains("自发证之日起 3 年");
    assertThat(admin.get(preview + "/edit").body())
        .containsPattern("id=\"maxExtensionDays\"[^>]*value=\"7\"")
        .containsPattern("<option value=\"YEARS\" selected=\"selected\"")
        .containsPattern("id=\"licenceValidityYears\"[^>]*value=\"3\"");
    assertThat(admin.post(preview, preview + "/publish", Map.of()).statusCode()).isEqualTo(302);
    assertThat(read(http.getForEntity("/api/v1/items/" + code, String.class), HttpStatus.OK)
        .path("name").asText()).isEqualTo("页面测试许可");
  }

  private static HttpEntity<LinkedMultiValueMap<String, Object>> upload(String materialId,
      String kind, String name, byte[] bytes) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("materialId", materialId);
    parts.add("kind", kind);
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.save(out);
      return out.toByteArray();
    }
  }

  private String fileCase(String code) throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", UUID.randomUUID().toString());
    JsonNode submitted = read(http.withBasicAuth("demo-company", PASSWORD).postForEntity(
        "/api/v1/cases", new HttpEntity<>(Map.of("itemCode", code, "formData", Map.of(),
            "materials", List.of()), headers), String.class), HttpStatus.CREATED);
    return submitted.path("caseNumber").asText();
  }

  private ObjectNode entry(String code, String name) throws IOException {
    return (ObjectNode) json.readTree("""
        {"code": "%s", "version": 1, "name": "%s", "itemType": "LICENCE", "category": "PROMISED",
         "leadDepartment": "SCJG", "legalDays": 10, "promisedDays": 5, "onlineDepth": 4,
         "visits": 0, "processKey": "PromisedApproval", "free": true,
         "legalBasis": [{"law": "《中华人民共和国行政许可法》", "article": "第十二条",
                         "text": "下列事项可以设定行政许可……"}],
         "conditions": ["已取得营业执照"],
         "procedure": [{"step": "申请", "description": "在线填报"}, {"step": "决定"}],
         "materials": [{"id": "M1", "name": "营业执照复印件", "required": false, "copies": 1}],
         "location": "市民服务中心二楼", "hours": "周一至周五 9:00-17:00",
         "complaintChannel": "12345 政务服务便民热线", "form": {"fields": []}}
        """.formatted(code, name));
  }

  private long totalItems() throws IOException {
    return read(http.getForEntity("/api/v1/items?size=1", String.class), HttpStatus.OK)
        .path("totalElements").asLong();
  }

  private JsonNode read(ResponseEntity<String> response, HttpStatus expected) throws IOException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
    return json.readTree(response.getBody());
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new java.util.ArrayList<>();
    page.path("content").forEach(i -> codes.add(i.path("code").asText()));
    return codes;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode field(JsonNode guide, String key) {
    for (JsonNode f : guide.path("formFields")) {
      if (f.path("key").asText().equals(key)) {
        return f;
      }
    }
    throw new AssertionError("no form field " + key);
  }

  /** A signed-in console session with cookies and CSRF tokens taken from the pages. */
  record ConsoleSession(HttpClient client, String base) {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConsoleSession signedIn(int port, String user) throws Exception {
      ConsoleSession b = new ConsoleSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).build(), "http://localhost:" + port);
      HttpResponse<String> login = b.post("/console/login", "/console/login",
          Map.of("username", user, "password", PASSWORD));
      assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
      return b;
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form, with the CSRF token of the page it is posted from. */
    HttpResponse<String> post(String page, String path, Map<String, String> fields)
        throws Exception {
      Matcher token = CSRF.matcher(get(page).body());
      assertThat(token.find()).as("CSRF token on " + page).isTrue();
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("_csrf", token.group(1));
      String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
          .collect(Collectors.joining("&"));
      return client.send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
