package org.openhall.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits registration, code and password-reset requests per client address (the per-phone limits are
 * the {@code PhoneCodePolicy}'s): each one may send a text message or hash a password. Over the limit
 * the answer is 429 with a localized problem document or text and a Retry-After header, as for logins.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationRateLimit {

  static final Set<String> PATHS = Set.of("/api/v1/accounts", "/api/v1/accounts/phone-codes",
      "/api/v1/accounts/password-reset", "/register", "/password/forgot");

  @Bean
  FilterRegistrationBean<Filter> registrationRateLimitFilter(MessageSource messages, ObjectMapper json,
      @Value("${openhall.registration.requests-per-minute:30}") int perMinute) {
    var registration = new FilterRegistrationBean<>(new Filter(messages, json, perMinute));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }

  /** The servlet filter; one bucket per address, forgotten when too many are tracked. */
  static final class Filter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;

    private final MessageSource messages;
    private final ObjectMapper json;
    private final Bandwidth limit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    Filter(MessageSource messages, ObjectMapper json, int perMinute) {
      this.messages = messages;
      this.json = json;
      this.limit = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (!"POST".equals(request.getMethod()) || !PATHS.contains(path)) {
        chain.doFilter(request, response);
        return;
      }
      if (buckets.size() > MAX_TRACKED) {
        buckets.clear();
      }
      Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> Bucket.builder().addLimit(limit).build());
      if (bucket.tryConsume(1)) {
        chain.doFilter(request, response);
        return;
      }
      Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
      String detail = messages.getMessage("REGISTRATION_RATE_LIMITED", null, "RATE_LIMITED", locale);
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", "60");
      response.setCharacterEncoding("UTF-8");
      if (path.startsWith("/api/")) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        p.setType(URI.create("https://openhall.org/problems/rate-limited"));
        p.setTitle(messages.getMessage("status.429", null, "Too many requests", locale));
        p.setProperty("code", "RATE_LIMITED");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), p);
      } else {
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.getWriter().write(detail);
      }
    }
  }
}
