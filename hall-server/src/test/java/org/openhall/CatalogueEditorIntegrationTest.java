package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openhall.CatalogueIntegrationTest.ConsoleSession;
import org.openhall.catalogue.CatalogueAdministration;
import org.openhall.catalogue.ItemVersion;
import org.openhall.catalogue.ServiceGuide.RequiredMaterial;
import org.openhall.catalogue.form.FieldOption;
import org.openhall.catalogue.form.FormField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The structured catalogue editor over real HTTP, as a browser without scripts uses it: row
 * buttons add, move and remove rows without saving and without losing anything typed; saving
 * stores the rows in the order shown; a refused save names the row and the field next to it and
 * shows every value again. And the one guide fragment: the portal's item page and the console's
 * preview render the same guide, byte for byte apart from where downloads are served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueEditorIntegrationTest {

  private static final Pattern GUIDE = Pattern.compile("<section class=\"guide\">.*?</section>",
      Pattern.DOTALL);
  private static final Pattern DOWNLOAD = Pattern.compile("href=\"[^\"]*/files/([0-9a-f]{64})\"");

  @LocalServerPort
  int port;

  @Autowired
  CatalogueAdministration admin;

  @Test
  void rowButtonsAddMoveAndRemoveRowsAndTheSavedDraftHoldsThemInThatOrder() throws Exception {
    ConsoleSession session = ConsoleSession.signedIn(port, "demo-admin");
    Map<String, String> form = mainFields(freshCode());
    form.put("materials[0].name", "申请书");
    form.put("materials[0].required", "true");
    form.put("materials[0].originals", "1");
    form.put("materials[1].name", "营业执照");
    form.put("materials[1].copies", "1");
    form.put("materials[2].name", "场所证明");
    form.put("materials[2].note", "租赁合同或产权证明");
    form.put("fees[0].name", "工本费");
    form.put("fees[0].amount", "10");
    form.put("fees[0].basis", "价格文件");
    form.put("fields[0].key", "kind");
    form.put("fields[0].label", "经营类型");
    form.put("fields[0].type", "SELECT");
    form.put("fields[0].options[0].value", "SHOP");
    form.put("fields[0].options[0].label", "门店");
    form.put("fields[0].options[1].value", "ONLINE");
    form.put("fields[0].options[1].label", "网店");
    form.put("fields[1].key", "url");
    form.put("fields[1].label", "网店地址");
    form.put("fields[1].type", "TEXT");
    form.put("fields[1].showWhenField", "kind");
    form.put("fields[1].showWhenEquals", "ONLINE");

    String page = operate(session, "/console/catalogue/new", form, "add:materials");
    assertThat(value(page, "materials-3-name")).as("a new empty row").isEmpty();
    assertThat(value(page, "materials-3-id")).as("with a free id").isEqualTo("M4");
    assertThat(value(page, "materials-2-note")).as("nothing typed lost").isEqualTo("租赁合同或产权证明");
    assertThat(page).containsPattern("id=\"materials-add\"[^>]*autofocus");

    Map<String, String> shown = formOf(page);
    shown.put("materials[3].name", "食品安全管理制度");
    page = operate(session, "/console/catalogue/new", shown, "up:materials:3");
    assertThat(value(page, "materials-2-name")).isEqualTo("食品安全管理制度");
    assertThat(value(page, "materials-3-name")).isEqualTo("场所证明");
    assertThat(page).as("the keyboard stays on the moved row")
        .containsPattern("id=\"materials-2-up\"[^>]*autofocus");

    page = operate(session, "/console/catalogue/new", formOf(page), "remove:materials:1");
    page = operate(session, "/console/catalogue/new", formOf(page), "down:options:0:0");
    page = operate(session, "/console/catalogue/new", formOf(page), "add:fees");
    assertThat(value(page, "fields-0-options-0-value")).isEqualTo("ONLINE");

    HttpResponse<String> saved = session.post("/console/catalogue/new", "/console/catalogue/new",
        formOf(page));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String preview = saved.headers().firstValue("Location").orElseThrow()
        .replace("http://localhost:" + port, "");
    ItemVersion draft = admin.version(preview.substring(preview.lastIndexOf('/') + 1));

    assertThat(draft.guide().materials()).extracting(RequiredMaterial::name, RequiredMaterial::required,
            RequiredMaterial::originals, RequiredMaterial::copies, RequiredMaterial::note)
        .containsExactly(tuple("申请书", true, 1, 0, null), tuple("食品安全管理制度", true, 1, 0, null),
            tuple("场所证明", false, 0, 0, "租赁合同或产权证明"));
    assertThat(draft.guide().materials()).extracting(RequiredMaterial::id).doesNotHaveDuplicates();
    assertThat(draft.guide().fees()).as("the empty fee row is no fee").singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("10"));
    FormField kind = draft.form().field("kind").orElseThrow();
    assertThat(kind.options()).extracting(FieldOption::value).containsExactly("ONLINE", "SHOP");
    FormField url = draft.form().field("url").orElseThrow();
    assertThat(url.showWhen().field()).isEqualTo("kind");
    assertThat(url.showWhen().equals()).isEqualTo("ONLINE");

    String edit = preview + "/edit";
    page = session.get(edit).body();
    assertThat(value(page, "materials-1-name")).isEqualTo("食品安全管理制度");
    page = operate(session, edit, formOf(page), "remove:materials:0");
    HttpResponse<String> again = session.post(edit, edit, formOf(page));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
    assertThat(admin.version(draft.id()).guide().materials()).extracting(RequiredMaterial::name)
        .containsExactly("食品安全管理制度", "场所证明");
    assertThat(session.get(preview).body()).contains("食品安全管理制度").contains("网店地址")
        .contains("data-show-when-field=\"form.kind\"");
  }

  @Test
  void aRefusedSaveNamesTheRowAndFieldAndKeepsEverythingTyped() throws Exception {
    ConsoleSession session = ConsoleSession.signedIn(port, "demo-admin");
    String code = freshCode();
    Map<String, String> form = mainFields(code);
    form.put("materials[0].name", "申请书");
    form.put("materials[1].id", "M2");
    form.put("materials[1].note", "须加盖公章");
    form.put("materials[2].name", "身份证明");
    form.put("fees[0].name", "工本费");
    form.put("fees[0].amount", "十元");
    form.put("fees[0].basis", "价格文件");
    form.put("fields[0].key", "kind");
    form.put("fields[0].label", "经营类型");
    form.put("fields[0].type", "SELECT");

    HttpResponse<String> notANumber = session.post("/console/catalogue/new",
        "/console/catalogue/new", form);
    assertThat(notANumber.statusCode()).isEqualTo(200);
    String page = notANumber.body();
    assertThat(errorOf(page, "fees-0-amount")).contains("收费 1：“十元”不是有效的数字");
    assertThat(page).containsPattern("id=\"fees-0-amount\"[^>]*aria-invalid=\"true\"");
    assertThat(errorOf(page, "fees-0-amount")).as("said once").doesNotContain("金额必填");
    assertThat(value(page, "fees-0-amount")).isEqualTo("十元");
    assertThat(errorOf(page, "materials-1-name")).as("every reason at once")
        .contains("材料 2：名称必填");

    form.put("fees[0].amount", "10");
    HttpResponse<String> refused = session.post("/console/catalogue/new",
        "/console/catalogue/new", form);
    assertThat(refused.statusCode()).isEqualTo(200);
    page = refused.body();
    assertThat(page).doesNotContain("fees-0-amount-error");
    assertThat(errorOf(page, "materials-1-name")).contains("材料 2：名称必填");
    assertThat(page).containsPattern("id=\"materials-1-name\"[^>]*aria-invalid=\"true\"[^>]*"
        + "aria-describedby=\"materials-1-name-error\"");
    assertThat(errorOf(page, "fields-0-options")).contains("字段 1：下拉字段至少需要一个选项");
    assertThat(page).contains("href=\"#materials-1-name\"").contains("id=\"editor-problems\"");
    assertThat(value(page, "materials-1-note")).isEqualTo("须加盖公章");
    assertThat(value(page, "materials-2-name")).isEqualTo("身份证明");
    assertThat(value(page, "fees-0-amount")).isEqualTo("10");
    assertThat(value(page, "fields-0-label")).isEqualTo("经营类型");
    assertThat(value(page, "code")).isEqualTo(code);
    assertThat(admin.items()).noneMatch(i -> i.code().equals(code));

    String english = session.post("/console/catalogue/new?lang=en",
        "/console/catalogue/new?lang=en", form).body();
    assertThat(errorOf(english, "materials-1-name")).contains("Material 2: name is required");
    assertThat(errorOf(english, "fields-0-options"))
        .contains("Field 1: a select field needs at least one option");
    assertThat(english).doesNotContain("??").doesNotContain("editor.");
  }

  @Test
  void theConsolePreviewAndThePortalGuideRenderTheSameGuideFragment() throws Exception {
    ConsoleSession session = ConsoleSession.signedIn(port, "demo-admin");
    for (String code : new String[] {"SCJG-001", "SCJG-005", "GA-001"}) {
      String id = admin.item(code).versions().stream().filter(v -> v.status().name().equals("PUBLISHED"))
          .findFirst().orElseThrow().id();
      for (String lang : new String[] {"zh-CN", "en"}) {
        String portal = guideOf(session.get("/items/" + code + "?lang=" + lang).body());
        String console = guideOf(session.get("/console/catalogue/versions/" + id + "?lang=" + lang)
            .body());
        assertThat(console).as(code + " " + lang).isEqualTo(portal);
        assertThat(portal).contains("class=\"facts\"").contains("class=\"guide-materials\"");
      }
    }
    assertThat(guideOf(session.get("/items/SCJG-001?lang=zh-CN").body())).contains("食品经营许可证")
        .contains("自发证之日起 5 年");
  }

  /** The guide section with each download's address reduced to its file (portal and console serve them apart). */
  private static String guideOf(String page) {
    Matcher m = GUIDE.matcher(page);
    assertThat(m.find()).as("a guide section").isTrue();
    String guide = m.group();
    assertThat(m.find()).as("only one guide section").isFalse();
    return DOWNLOAD.matcher(guide).replaceAll("href=\"FILE/$1\"");
  }

  private String operate(ConsoleSession session, String path, Map<String, String> form, String op)
      throws Exception {
    Map<String, String> withOp = new LinkedHashMap<>(form);
    withOp.put("op", op);
    HttpResponse<String> r = session.post(path, path, withOp);
    assertThat(r.statusCode()).as(op + ": " + r.body()).isEqualTo(200);
    assertThat(r.body()).as("nothing saved yet").doesNotContain("id=\"editor-problems\"");
    return r.body();
  }

  private static String freshCode() {
    return "ED-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }

  private static Map<String, String> mainFields(String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("code", code);
    form.put("name", "编辑器测试许可");
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
    form.put("legalBasis[0].law", "《行政许可法》");
    form.put("legalBasis[0].article", "第十二条");
    form.put("legalBasis[0].text", "……");
    form.put("procedure[0].step", "申请");
    return form;
  }

  // ---- reading the editor form back, as a browser would submit it ----

  private static final Pattern FORM = Pattern.compile("<form[^>]*id=\"editor\".*?</form>",
      Pattern.DOTALL);
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
  private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>",
      Pattern.DOTALL);
  private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
      Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)(?:=\"([^\"]*)\")?");

  /** The fields the editor form would submit, in page order (checked boxes only, no buttons). */
  static Map<String, String> formOf(String page) {
    Matcher f = FORM.matcher(page);
    assertThat(f.find()).as("the editor form").isTrue();
    String form = f.group();
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> a = attributes(input.group(1));
      String type = a.getOrDefault("type", "text");
      if (a.get("name") == null || type.equals("submit") || type.equals("file")
          || a.containsKey("disabled") || (type.equals("checkbox") && !a.containsKey("checked"))) {
        continue;
      }
      fields.put(a.get("name"), a.getOrDefault("value", ""));
    }
    Matcher area = TEXTAREA.matcher(form);
    while (area.find()) {
      fields.put(attributes(area.group(1)).get("name"), unescape(area.group(2)));
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      String name = attributes(select.group(1)).get("name");
      String chosen = null;
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        Map<String, String> a = attributes(option.group(1));
        if (chosen == null || a.containsKey("selected")) {
          chosen = a.getOrDefault("value", "");
          if (a.containsKey("selected")) {
            break;
          }
        }
      }
      fields.put(name, chosen == null ? "" : chosen);
    }
    return fields;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      a.put(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
    }
    return a;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  /** The value shown in the input with this id. */
  static String value(String page, String id) {
    Matcher input = INPUT.matcher(page);
    while (input.find()) {
      Map<String, String> a = attributes(input.group(1));
      if (id.equals(a.get("id"))) {
        return a.getOrDefault("value", "");
      }
    }
    throw new AssertionError("no input " + id);
  }

  /** The problems said under the input with this id. */
  static String errorOf(String page, String id) {
    Matcher m = Pattern.compile("<(p|div) class=\"field-error\"[^>]*id=\"" + Pattern.quote(id)
        + "-error\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(page);
    if (m.find()) {
      return m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }
    Matcher row = Pattern.compile("id=\"" + Pattern.quote(id) + "\".*?<div class=\"field-error\">(.*?)</div>",
        Pattern.DOTALL).matcher(page);
    assertThat(row.find()).as("problems at " + id).isTrue();
    return row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
  }
}
