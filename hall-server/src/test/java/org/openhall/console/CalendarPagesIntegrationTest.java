package org.openhall.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openhall.calendar.CalendarFixture;
import org.openhall.calendar.CalendarYears;
import org.openhall.calendar.LoadedYear;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin's calendar page in the console: the loaded years, and loading a year by uploading its file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarPagesIntegrationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort
  int port;

  @Autowired
  CalendarYears calendarYears;

  /** A browser-like session: cookies kept, redirects not followed. */
  private final class Session {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    Session signIn(String username) throws Exception {
      String token = csrf(get("/console/login").body());
      String form = "username=" + username + "&password=" + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8)
          + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
      HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/console/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
      return this;
    }

    HttpResponse<String> upload(String token, String fileName, byte[] content) throws Exception {
      String boundary = "----openhall" + System.nanoTime();
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return client.send(HttpRequest.newBuilder(uri("/console/calendar"))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .header("X-CSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }

  @Test
  void anAdminUploadsAYearOnTheCalendarPageAndSeesItListed() throws Exception {
    int year = CalendarFixture.freeYear(calendarYears.years().stream().map(LoadedYear::year).toList(), 2180);
    Session admin = new Session().signIn("demo-admin");

    HttpResponse<String> page = admin.get("/console/calendar");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("工作日历").contains("data-year=\"2026\"");

    HttpResponse<String> uploaded = admin.upload(csrf(page.body()), year + ".json",
        CalendarFixture.bytes(CalendarFixture.mayDayNotice(year)));
    assertThat(uploaded.statusCode()).isEqualTo(302);

    HttpResponse<String> after = admin.get("/console/calendar");
    assertThat(after.body()).contains(year + " 年日历已导入").contains("data-year=\"" + year + "\"");

    admin.upload(csrf(after.body()), "broken.json", CalendarFixture.bytes(CalendarFixture.brokenNotice(year)));
    assertThat(admin.get("/console/calendar").body()).contains("节假日安排文件有 4 处问题")
        .contains("日期 " + year + "-05-01 重复出现");
  }

  @Test
  void aClerkCannotOpenTheCalendarPage() throws Exception {
    Session clerk = new Session().signIn("demo-clerk");
    assertThat(clerk.get("/console/calendar").statusCode()).isEqualTo(403);
    assertThat(clerk.get("/console/inbox").statusCode()).isEqualTo(200);
  }

  @Test
  void aSupervisorSeesTheAlertsPage() throws Exception {
    HttpResponse<String> alerts = new Session().signIn("demo-supervisor").get("/console/alerts");
    assertThat(alerts.statusCode()).isEqualTo(200);
    assertThat(alerts.body()).contains("预警与提示");
  }
}
