package org.openhall.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RegistrationRateLimitTest {

  final RegistrationRateLimit.Filter filter = new RegistrationRateLimit.Filter(messages(), new ObjectMapper(), 3);

  @Test
  void refusesRegistrationRequestsOverTheLimitPerAddress() throws Exception {
    assertThat(post("/api/v1/accounts/phone-codes", "10.1.0.1").getStatus()).isEqualTo(200);
    assertThat(post("/register", "10.1.0.1").getStatus()).isEqualTo(200);
    assertThat(post("/api/v1/accounts", "10.1.0.1").getStatus()).isEqualTo(200);
    MockHttpServletResponse refused = post("/api/v1/accounts/password-reset", "10.1.0.1");
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString()).contains("\"code\":\"RATE_LIMITED\"", "找回密码");
    MockHttpServletResponse page = post("/password/forgot", "10.1.0.1");
    assertThat(page.getStatus()).isEqualTo(429);
    assertThat(page.getContentAsString()).contains("请一分钟后再试");
    assertThat(post("/register", "10.1.0.2").getStatus()).as("another address").isEqualTo(200);
  }

  @Test
  void leavesOtherRequestsAlone() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(post("/api/v1/cases", "10.1.0.3").getStatus()).isEqualTo(200);
      MockHttpServletRequest page = new MockHttpServletRequest("GET", "/register");
      page.setRemoteAddr("10.1.0.3");
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

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/messages", "i18n/accounts");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
