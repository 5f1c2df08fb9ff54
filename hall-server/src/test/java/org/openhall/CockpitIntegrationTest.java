package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's Cockpit under /camunda, over real HTTP: an ADMIN's console session opens it and its
 * REST API as that admin, with no Camunda password and no Camunda user; other staff, citizens and
 * anonymous clients do not get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CockpitIntegrationTest {

  private static final String COCKPIT = "/camunda/app/cockpit/default/";
  private static final String ENGINES = "/camunda/api/engine/engine/";

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identities;

  @Test
  void anAdminOpensCockpitAndItsApiWithTheConsoleSession() throws Exception {
    StaffSession admin = StaffSession.signIn(port, "demo-admin");
    assertThat(admin.get("/console").body()).as("linked from the admin's console")
        .contains("href=\"/camunda/app/cockpit/\"");

    HttpResponse<String> entry = admin.get("/camunda/app/cockpit/");
    assertThat(entry.statusCode()).as(entry.headers() + "\n" + entry.body()).isIn(200, 302);
    HttpResponse<String> cockpit = admin.get(COCKPIT);
    assertThat(cockpit.statusCode()).as(cockpit.headers().toString()).isEqualTo(200);
    assertThat(cockpit.body()).containsIgnoringCase("cockpit");
    List<String> csp = cockpit.headers().allValues("Content-Security-Policy");
    assertThat(csp).as("Camunda's own policy, not the portal's on top of it").hasSize(1);
    assertThat(csp.get(0)).as("Camunda's nonce-based policy").contains("'nonce-").contains("'strict-dynamic'");

    HttpResponse<String> engines = admin.get(ENGINES);
    assertThat(engines.statusCode()).isEqualTo(200);
    assertThat(engines.body()).contains("\"name\":\"default\"");

    HttpResponse<String> who = admin.get("/camunda/api/admin/auth/user/default");
    assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
    assertThat(who.body()).contains("\"userId\":\"demo-admin\"").contains("cockpit");
    HttpResponse<String> definitions = admin.get("/camunda/api/engine/engine/default/process-definition/count");
    assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
    assertThat(definitions.body()).contains("\"count\":");

    assertThat(admin.post("/camunda/api/admin/setup/default/user/create", Map.of("id", "demo")).statusCode())
        .as("no first-user setup: Cockpit has no password of its own").isEqualTo(403);
    assertThat(identities.createUserQuery().count()).as("no Camunda users, no demo/demo").isZero();
    assertThat(identities.isReadOnly()).as("and none can be made").isTrue();
  }

  @Test
  void otherStaffCitizensAndStrangersStayOut() throws Exception {
    StaffSession clerk = StaffSession.signIn(port, "demo-clerk");
    assertThat(clerk.get(COCKPIT).statusCode()).isEqualTo(403);
    assertThat(clerk.get(ENGINES).statusCode()).isEqualTo(403);
    HttpResponse<String> console = clerk.get("/console/enquiries");
    assertThat(console.statusCode()).as("the clerk's own session still works").isEqualTo(200);
    assertThat(console.body()).doesNotContain("/camunda/");

    PortalSession citizen = PortalSession.signIn(port, "demo-citizen");
    assertThat(citizen.get(COCKPIT).statusCode()).isEqualTo(403);

    StaffSession stranger = StaffSession.anonymous(port);
    for (String path : List.of(COCKPIT, ENGINES, "/camunda/api/admin/auth/user/default")) {
      HttpResponse<String> refused = stranger.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(302);
      assertThat(refused.headers().firstValue("Location").orElse("")).as(path).endsWith("/console/login");
    }
    HttpResponse<String> home = stranger.get("/");
    assertThat(home.statusCode()).as("the portal's home page is not a redirect to Camunda").isEqualTo(200);
  }
}
