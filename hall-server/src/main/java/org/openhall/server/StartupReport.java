package org.openhall.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the operator where the portal and the console are, once the server is ready. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    Environment env = event.getApplicationContext().getEnvironment();
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    String base = "http://localhost:" + port;
    boolean demo = env.matchesProfiles("demo");
    log.info("""

        ==================================================================
          OpenHall is running
          Portal  (citizens, companies, agents): {}/
          Console (clerks, reviewers, supervisors, admins): {}/console
          API documentation: {}/swagger-ui.html
          {}
        ==================================================================""",
        base, base, base,
        demo ? "Demo accounts (password Demo#2026): see README.md, section \"Demo accounts\""
             : "Demo profile off: no demo accounts");
    if (event.getApplicationContext().getBeanProvider(org.openhall.notification.SmsGateway.class)
        .getIfAvailable() == null) {
      log.warn("No SmsGateway configured: online registration and forgotten passwords answer 503 "
          + "SMS_GATEWAY_UNAVAILABLE until one is (docs/adr/0023)");
    } else if (demo) {
      log.info("Text messages are not sent: the demo writes them to the message log at {}/console/messages", base);
    }
  }
}
