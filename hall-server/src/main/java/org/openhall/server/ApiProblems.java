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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the JSON API into an RFC 9457 problem document with a stable
 * {@code code}, a localized {@code detail} and, for validation, {@code errors[]}. Nothing internal
 * (stack traces, SQL, class names) ever reaches the client.
 */
@RestControllerAdvice(basePackages = {"org.openhall.portal", "org.openhall.console"},
    annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  private final MessageSource messages;
  private final ObjectMapper json;

  ApiProblems(MessageSource messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e) {
    HttpStatus status = switch (e.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case UNSUPPORTED_MEDIA -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
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
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
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
  ResponseEntity<ProblemDetail> malformed(Exception e) {
    return respond(problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
    return respond(problem(HttpStatus.BAD_REQUEST, "HEADER_MISSING", e.getHeaderName()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "UPLOAD_TOO_LARGE"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "MEDIA_TYPE_NOT_SUPPORTED"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
    return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMethod()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
    return respond(problem(HttpStatus.NOT_FOUND, "NOT_FOUND"));
  }

  /** Someone else changed the same case or task at the same moment. */
  @ExceptionHandler({OptimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> concurrent(Exception e) {
    return respond(problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE"));
  }

  @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class})
  ResponseEntity<ProblemDetail> database(Exception e) {
    log.error("database unavailable: {}", e.getClass().getSimpleName());
    return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE"));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return respond(problem(HttpStatus.FORBIDDEN, "FORBIDDEN"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
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
    Locale locale = LocaleContextHolder.getLocale();
    if (args.length > 1 && args[1] != null) {
      String specific = messages.getMessage(code + "." + args[1], args, null, locale);
      if (specific != null) {
        return specific;
      }
    }
    return messages.getMessage(code, args, code, locale);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }
}
