package org.openhall.server;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.openhall.kernel.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A business refusal on a page shows the localized reason on the error page, never a trace. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

  private final MessageSource messages;

  PageProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(DomainException.class)
  String refused(DomainException e, Model model, HttpServletResponse response, Locale locale) {
    int status = switch (e.kind()) {
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case FORBIDDEN -> 403;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_MEDIA -> 415;
      case INVALID -> 400;
    };
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("message", messages.getMessage(e.code(), e.args(), e.code(), locale));
    return "error";
  }
}
