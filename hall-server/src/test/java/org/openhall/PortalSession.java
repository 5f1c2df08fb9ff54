package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * One signed-in portal user as a browser without JavaScript would be: cookies kept, redirects
 * not followed, forms posted with the page's CSRF token, Chinese pages.
 */
final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private String csrf;

  private PortalSession(int port) {
    this.port = port;
  }

  static PortalSession signIn(int port, String username) throws Exception {
    PortalSession session = new PortalSession(port);
    session.get("/login");
    HttpResponse<String> signedIn = session.post("/login",
        Map.of("username", username, "password", HallApi.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return session;
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

  /** Posts a multipart form: the fields, and one PDF for the file input {@code fileField}. */
  HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
      byte[] pdf) throws Exception {
    String boundary = "----openhall" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var e : fields.entrySet()) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
          + "\"\r\n\r\n" + e.getValue() + "\r\n");
    }
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
        + "\"; filename=\"material.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
    body.write(pdf);
    write(body, "\r\n--" + boundary + "--\r\n");
    return client.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A file for {@link #postFiles}: the form field, the file's name and its bytes. */
  record Upload(String field, String fileName, byte[] bytes) {
  }

  /** Posts a multipart form: the fields, and any number of files (sent as PDFs, judged by their bytes). */
  HttpResponse<String> postFiles(String path, Map<String, String> fields, java.util.List<Upload> files)
      throws Exception {
    String boundary = "----openhall" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var e : fields.entrySet()) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
          + "\"\r\n\r\n" + e.getValue() + "\r\n");
    }
    for (Upload f : files) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field()
          + "\"; filename=\"" + f.fileName() + "\"\r\nContent-Type: application/pdf\r\n\r\n");
      body.write(f.bytes());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return client.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a multipart form as a browser's form does: the CSRF token in the body (no header), then one
   * file of {@code size} bytes for {@code fileField}.
   */
  HttpResponse<String> postFormWithFile(String path, Map<String, String> fields, String fileField, int size)
      throws Exception {
    String boundary = "----openhall" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    for (var e : all.entrySet()) {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
          + "\"\r\n\r\n" + e.getValue() + "\r\n");
    }
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
        + "\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
    body.write(new byte[size]);
    write(body, "\r\n--" + boundary + "--\r\n");
    return client.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Language", "zh-CN");
  }

  private static void write(ByteArrayOutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
