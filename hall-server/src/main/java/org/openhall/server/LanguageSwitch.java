package org.openhall.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The language switch of the portal's and the console's layouts (ADR 0025): every page gets
 * {@code languageSwitch}, the address of the page being shown with its query kept and its
 * {@code lang} parameter taken out, ending in {@code lang=}; the layout appends the other
 * language's code. Switching the language so neither loses the page nor the search on it.
 * (Thymeleaf 3.1 forbids calling beans with arguments in a link, so the address is model data.)
 */
class LanguageSwitch implements HandlerInterceptor {

  static final String ATTRIBUTE = "languageSwitch";

  @Override
  public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
      ModelAndView mav) {
    if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
      return;
    }
    // A POST result page (a form shown again with its errors) has no query worth keeping, and
    // its form fields must never end up in a link: switch on the page's address alone.
    String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
    mav.addObject(ATTRIBUTE, of(request.getRequestURI(), query));
  }

  /**
   * {@code path} with {@code query} (raw, as received: already URL-encoded) without its
   * {@code lang} parameters, ending in {@code lang=} for the layout to complete.
   */
  static String of(String path, String query) {
    List<String> kept = new ArrayList<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!pair.isEmpty() && !"lang".equals(name)) {
          kept.add(pair);
        }
      }
    }
    kept.add("lang=");
    return (path == null ? "" : path) + "?" + String.join("&", kept);
  }
}
