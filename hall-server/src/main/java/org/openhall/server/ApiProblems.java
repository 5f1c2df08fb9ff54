package org.openhall.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openhall.kernel.DomainException;
import org.openhall.kernel.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place failures become answers. Under {@code /api/} every failure is an RFC 9457 problem
 * document with a stable {@code code}, a localized {@code detail} and, for validation,
 * {@code errors[]}; on pages it is the error page with the same localized text. Nothing internal
 * (stack traces, SQL, class names) ever reaches anyone. Global and first, so that it also answers
 * for requests no controller took.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  private final MessageSource messages;
  private final Texts texts;
  private final ObjectMapper json;

  ApiProblems(MessageSource messages, Texts texts, ObjectMapper json) {
    this.messages = messages;
    this.texts = texts;
    this.json = json;
  }

  @ExceptionHandler(DomainException.class)
  ModelAndView domain(DomainException e) {
    HttpStatus status = switch (e.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_MEDIA -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
      case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
    };
    ProblemDetail p = problem(status, e.code(), e.args());
    if (!e.violations().isEmpty()) {
      p.setProperty("errors", e.violations().stream().map(v -> Map.of(
          "field", v.field(), "code", v.code(),
          "message", text(v.code(), v.args().toArray()))).toList());
    }
    return respond(p);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ModelAndView invalid(MethodArgumentNotValidException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
    List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
        .map((FieldError f) -> Map.of("field", f.getField(), "code", "FIELD_INVALID",
            "message", text("FIELD_INVALID", f.getField())))
        .toList();
    p.setProperty("errors", errors);
    return respond(p);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
      MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
  ModelAndView malformed(Exception e) {
    return respond(problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ModelAndView missingHeader(MissingRequestHeaderException e) {
    return respond(problem(HttpStatus.BAD_REQUEST, "HEADER_MISSING", e.getHeaderName()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    var back = OversizeUploads.backTo(request);
    if (back.isPresent()) {
      return new ModelAndView("redirect:" + back.get());
    }
    return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "UPLOAD_TOO_LARGE"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ModelAndView mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "MEDIA_TYPE_NOT_SUPPORTED"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ModelAndView method(HttpRequestMethodNotSupportedException e) {
    return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMethod()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ModelAndView noResource(NoResourceFoundException e) {
    return respond(problem(HttpStatus.NOT_FOUND, "NOT_FOUND"));
  }

  /** Someone else changed the same case or task at the same moment. */
  @ExceptionHandler({OptimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ModelAndView concurrent(Exception e) {
    return respond(problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE"));
  }

  @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class})
  ModelAndView database(Exception e) {
    log.error("database unavailable: {}", e.getClass().getSimpleName());
    return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView denied(AccessDeniedException e) {
    return respond(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    log.error("unexpected failure in the API", e);
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR"));
  }

  /** The API's answer to a missing or wrong login (no browser login dialog, no redirect). */
  void unauthorized(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException e) throws IOException {
    write(response, problem(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", localeOf(request)));
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response,
      AccessDeniedException e) throws IOException {
    write(response, problem(HttpStatus.FORBIDDEN, "FORBIDDEN", localeOf(request)));
  }

  /** A reset password must be replaced first (PasswordChangeGate). */
  void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(response, problem(HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED", localeOf(request)));
  }

  private void write(HttpServletResponse response, ProblemDetail p) throws IOException {
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), p);
  }

  private static Locale localeOf(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
  }

  private ProblemDetail problem(HttpStatus status, String code, Object... args) {
    return problem(status, code, LocaleContextHolder.getLocale(), args);
  }

  private ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... args) {
    ProblemDetail p = ProblemDetail.forStatus(status);
    p.setType(URI.create("https://openhall.org/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
    p.setTitle(messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
    p.setDetail(messages.getMessage(code, args, code, locale));
    p.setProperty("code", code);
    return p;
  }

  private String text(String code, Object... args) {
    return texts.of(code, LocaleContextHolder.getLocale(), args);
  }

  /** Problem JSON for the API; the error page, with the same localized text, for pages. */
  private ModelAndView respond(ProblemDetail p) {
    var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
    HttpServletRequest request = attributes instanceof
        org.springframework.web.context.request.ServletRequestAttributes servlet ? servlet.getRequest() : null;
    ModelAndView answer;
    if (request != null && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      answer = new ModelAndView("error");
      answer.addObject("status", p.getStatus());
      answer.addObject("message", p.getStatus() >= 500 ? null : p.getDetail());
    } else {
      MappingJackson2JsonView view = new MappingJackson2JsonView(json);
      view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      view.setExtractValueFromSingleKeyModel(true);
      answer = new ModelAndView(view, "problem", p);
    }
    answer.setStatus(HttpStatus.valueOf(p.getStatus()));
    return answer;
  }
}
