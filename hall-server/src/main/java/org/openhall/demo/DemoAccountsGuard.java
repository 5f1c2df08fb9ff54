package org.openhall.demo;

import org.openhall.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile, demo accounts must not exist: any left in the database (say, a demo
 * database promoted to production) are disabled at start, so nobody signs in with a known password.
 */
@Component
@Profile("!demo")
class DemoAccountsGuard implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAccountsGuard.class);

  private final Accounts accounts;

  DemoAccountsGuard(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    var demo = accounts.findByDemoTrueAndEnabledTrue();
    demo.forEach(a -> a.disable());
    if (!demo.isEmpty()) {
      log.warn("Disabled {} demo accounts: the demo profile is off", demo.size());
    }
  }
}
