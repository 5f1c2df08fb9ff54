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
 * Limits sign-in attempts per client address before any password is hashed (an Argon2 check
 * costs ~30 ms and 16 MiB): the two login forms, and API calls that carry credentials. Over the
 * limit the answer is 429 with a localized problem document or text and a Retry-After header.
 */
@Configuration(proxyBeanMethods = false)
class LoginRateLimit {

  @Bean
  FilterRegistrationBean<Filter> loginRateLimitFilter(MessageSource messages, ObjectMapper json,
      @Value("${openhall.login.form-attempts-per-minute:20}") int formPerMinute,
      @Value("${openhall.login.api-attempts-per-second:50}") int apiPerSecond) {
    var registration = new FilterRegistrationBean<>(new Filter(messages, json, formPerMinute, apiPerSecond));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The servlet filter; buckets per address and kind, forgotten once full again. */
  static final class Filter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;

    private final MessageSource messages;
    private final ObjectMapper json;
    private final Bandwidth formLimit;
    private final Bandwidth apiLimit;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    Filter(MessageSource messages, ObjectMapper json, int formPerMinute, int apiPerSecond) {
      this.messages = messages;
      this.json = json;
      this.formLimit = Bandwidth.builder().capacity(formPerMinute)
          .refillGreedy(formPerMinute, Duration.ofMinutes(1)).build();
      this.apiLimit = Bandwidth.builder().capacity(apiPerSecond * 2L)
          .refillGreedy(apiPerSecond, Duration.ofSeconds(1)).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean form = "POST".equals(request.getMethod())
          && (path.equals("/login") || path.equals("/console/login"));
      boolean api = path.startsWith("/api/") && request.getHeader("Authorization") != null;
      if (!form && !api) {
        chain.doFilter(request, response);
        return;
      }
      if (buckets.size() > MAX_TRACKED) {
        buckets.clear();
      }
      String key = (form ? "form:" : "api:") + request.getRemoteAddr();
      Bucket bucket = buckets.computeIfAbsent(key,
          k -> Bucket.builder().addLimit(form ? formLimit : apiLimit).build());
      if (bucket.tryConsume(1)) {
        chain.doFilter(request, response);
        return;
      }
      refuse(request, response, api);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api)
        throws IOException {
      Locale locale = request.getHeader("Accept-Language") == null
          ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
      String detail = messages.getMessage("RATE_LIMITED", null, "RATE_LIMITED", locale);
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", api ? "1" : "60");
      response.setCharacterEncoding("UTF-8");
      if (api) {
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
