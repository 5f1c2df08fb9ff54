package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * An instant item (即办件, 内地居民结婚登记 in the demo: 0 promised and 0 legal working days) is done on
 * the spot: the home page, the search results and the service guide say so, never "0 个工作日".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstantItemPagesIntegrationTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void anInstantItemIsDoneOnTheSpotNotInZeroWorkingDays() {
    String guide = page("/items/MZ-001", "zh-CN");
    assertThat(guide).contains("内地居民结婚登记", "当场办结").doesNotContain("0 个工作日");
    String results = page("/?query=结婚登记", "zh-CN");
    assertThat(results).contains("内地居民结婚登记", "当场办结").doesNotContain(">0 个工作日<");
    assertThat(page("/", "zh-CN")).doesNotContain("· 0 个工作日");

    assertThat(page("/items/MZ-001", "en")).contains("on the spot").doesNotContain("0 working days");
    // an item that takes time still counts its days
    assertThat(page("/items/SCJG-001", "zh-CN")).contains("个工作日").doesNotContain("当场办结");
  }

  private String page(String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
  }
}
