package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.identity.Account;
import org.openhall.identity.Accounts;
import org.openhall.notification.Inbox;
import org.openhall.notification.Notification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 消息通知 page: a message's time is shown in the hall's time zone (openhall.time-zone), as the case
 * page shows its times, not in the server's zone (the build runs tests in UTC, the demo hall is in
 * Asia/Shanghai, eight hours apart).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxPagesIntegrationTest {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @LocalServerPort
  int port;

  @Autowired
  Accounts accounts;

  @Autowired
  PasswordEncoder passwords;

  @Autowired
  Inbox inbox;

  @Autowired
  Clock clock;

  @Test
  void showsWhenAMessageCameInTheHallsTimeZone() throws Exception {
    Account person = new Parties(accounts, passwords).person("时区测试人");
    inbox.send(List.of(person.username()), "【网上办事大厅】测试消息", "这是一条测试消息。", null);
    Notification sent = inbox.of(person.username()).get(0);

    String page = PortalSession.signIn(port, person.username()).get("/inbox").body();

    String hallTime = MINUTES.format(sent.createdAt().atZone(clock.getZone()));
    assertThat(page).contains("<time>" + hallTime + "</time>");
    String serverTime = MINUTES.format(sent.createdAt().atZone(ZoneId.systemDefault()));
    if (!serverTime.equals(hallTime)) {
      assertThat(page).as("not the server's zone").doesNotContain("<time>" + serverTime + "</time>");
    }
  }
}
