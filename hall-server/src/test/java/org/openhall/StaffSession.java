package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One member of staff signed in on the console as a browser without JavaScript would be: cookies
 * kept, redirects not followed, forms posted with the page's CSRF token, Chinese pages.
 */
final class StaffSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private String csrf;

  private StaffSession(int port) {
    this.port = port;
  }

  /** A client with no session at all. */
  static StaffSession anonymous(int port) {
    return new StaffSession(port);
  }

  static StaffSession signIn(int port, String username) throws Exception {
    return signIn(port, username, HallApi.PASSWORD);
  }

  static StaffSession signIn(int port, String username, String password) throws Exception {
    StaffSession session = new StaffSession(port);
    HttpResponse<String> signedIn = session.attemptSignIn(username, password);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).as("sign-in of " + username)
        .doesNotContain("error");
    return session;
  }

  /** Posts the console's login form; the answer redirects to {@code ?error} when refused. */
  HttpResponse<String> attemptSignIn(String username, String password) throws Exception {
    get("/console/login");
    return post("/console/login", Map.of("username", username, "password", password));
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> page = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(page.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return page;
  }

  /** Posts a form with the CSRF token of the last page read. */
  HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String form = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&")) + "&_csrf=" + encode(csrf);
    return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Language", "zh-CN");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }
}
