package org.openhall.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application sent from the apply page that is larger than the server takes never reaches the page's
 * controller (nor, when its CSRF token is in the body, past the CSRF check): instead of an error page
 * that loses everything, the applicant goes back to the form, which says why and restores the last
 * saved draft (ADR 0028).
 */
final class OversizeUploads {

  private static final Pattern APPLY = Pattern.compile("/apply/([A-Za-z0-9_-]{1,32})");

  private OversizeUploads() {
  }

  /** Where to send the applicant back to, for a page upload to the apply form; empty otherwise. */
  static Optional<String> backTo(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return Optional.empty();
    }
    Matcher apply = APPLY.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    return apply.matches() ? Optional.of("/apply/" + apply.group(1) + "?tooLarge") : Optional.empty();
  }

  /** Whether the request is a multipart upload the container refused for its size. */
  static boolean refused(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return false;
    }
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException | IOException | ServletException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
            || t.getClass().getSimpleName().contains("SizeException")
            || (message.contains("size") && message.contains("exceed"))) {
          return true;
        }
      }
      return false;
    }
  }
}
