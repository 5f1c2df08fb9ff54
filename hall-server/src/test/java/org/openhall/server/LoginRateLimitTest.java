package org.openhall.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginRateLimitTest {

  final LoginRateLimit.Filter filter = new LoginRateLimit.Filter(messages(), new ObjectMapper(), 3, 1);

  @Test
  void refusesTheLoginFormOverTheLimitPerAddressWithRetryAfter() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(post("/login", "10.0.0.1").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = post("/login", "10.0.0.1");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    assertThat(refused.getContentAsString()).isEqualTo("登录尝试过于频繁，请稍后再试。");
    assertThat(post("/console/login", "10.0.0.2").getStatus()).as("another address").isEqualTo(200);
  }

  @Test
  void refusesApiCallsWithCredentialsOverTheLimitAsAProblem() throws Exception {
    for (int i = 0; i < 2; i++) {
      assertThat(api("10.0.0.3").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = api("10.0.0.3");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"");
  }

  @Test
  void leavesOtherRequestsAlone() throws Exception {
    for (int i = 0; i < 10; i++) {
      MockHttpServletRequest page = new MockHttpServletRequest("GET", "/items/SCJG-001");
      page.setRemoteAddr("10.0.0.4");
      MockHttpServletResponse response = new MockHttpServletResponse();
      filter.doFilter(page, response, new MockFilterChain());
      assertThat(response.getStatus()).isEqualTo(200);
    }
  }

  private MockHttpServletResponse post(String path, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private MockHttpServletResponse api(String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
    request.addHeader("Authorization", "Basic eDp5");
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
