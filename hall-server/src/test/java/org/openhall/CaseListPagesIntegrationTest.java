package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 我的办件 and the complaint form name each case's item in the reader's language, as the case page does;
 * the API's case list keeps its fields (the item's name as filed, no internal ids).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseListPagesIntegrationTest {

  @LocalServerPort
  int port;

  @Autowired
  TestRestTemplate http;

  @Autowired
  ObjectMapper json;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  @Test
  void theCaseListNamesTheItemInTheReadersLanguage() throws Exception {
    HallApi api = new HallApi(http, json);
    Filings filings = new Filings(api);
    Account company = new Parties(accounts, passwords).company("福州台江双语面馆");
    String caseNumber = filings.foodLicence(company, filings.upload(company, Filings.pdf("申请书"), "申请书.pdf"));
    PortalSession session = PortalSession.signIn(port, company.username());

    String english = session.get("/cases?lang=en").body();
    assertThat(english).contains(caseNumber, "Food Business Licence (new)").doesNotContain("食品经营许可（新办）");
    assertThat(session.get("/complaints/new?caseNumber=" + caseNumber).body())
        .contains(caseNumber + " · Food Business Licence (new)");
    String chinese = session.get("/cases?lang=zh-CN").body();
    assertThat(chinese).contains(caseNumber, "食品经营许可（新办）").doesNotContain("Food Business Licence");

    String listed = api.as(company.username()).getForObject("/api/v1/cases", String.class);
    assertThat(listed).contains("\"itemName\":\"食品经营许可（新办）\"").doesNotContain("itemVersionId");
  }
}
