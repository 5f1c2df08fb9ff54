package org.openhall.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language switch of the portal's and the console's layouts (ADR 0025): the address of the
 * page being shown, its query kept and only {@code lang} replaced, so that switching the language
 * neither loses the page nor the search on it. Layouts call it as {@code @languageSwitch.href('en')};
 * Thymeleaf escapes the result for the attribute.
 */
@Component("languageSwitch")
public class LanguageSwitch {

  /** The current page's address with {@code lang} set to {@code lang}. */
  public String href(String lang) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return "?lang=" + lang;
    }
    HttpServletRequest request = attrs.getRequest();
    // A POST result page (a form shown again with its errors) has no query worth keeping, and
    // its form fields must never end up in a link: switch on the page's address alone.
    String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
    return of(request.getRequestURI(), query, lang);
  }

  /**
   * {@code path} with {@code query} (raw, as received: already URL-encoded) whose {@code lang}
   * parameters are replaced by one {@code lang=…} at the end.
   */
  static String of(String path, String query, String lang) {
    List<String> kept = new ArrayList<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!pair.isEmpty() && !"lang".equals(name)) {
          kept.add(pair);
        }
      }
    }
    kept.add("lang=" + java.net.URLEncoder.encode(lang, java.nio.charset.StandardCharsets.UTF_8));
    return (path == null || path.isEmpty() ? "" : path) + "?" + String.join("&", kept);
  }
}
