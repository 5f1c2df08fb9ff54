package org.openhall.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openhall.identity.AccountDirectory;
import org.openhall.identity.AccountDirectory.Member;
import org.openhall.mandate.Mandate;
import org.openhall.mandate.MandateRegistry;
import org.openhall.mandate.MandateStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's 代办授权: demo-citizen (张明华) has confirmed that demo-agent (李代办) may file any
 * item for them for a year. Runs after {@link DemoData}; records a new one only when the agent
 * holds none from the citizen that is still in force.
 */
@Component
@Profile("demo")
@Order(1)
class DemoMandate implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoMandate.class);

  private final AccountDirectory accounts;
  private final MandateRegistry mandates;
  private final Clock clock;

  DemoMandate(AccountDirectory accounts, MandateRegistry mandates, Clock clock) {
    this.accounts = accounts;
    this.mandates = mandates;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Member agent = accounts.find("demo-agent").orElse(null);
    Member citizen = accounts.find("demo-citizen").orElse(null);
    if (agent == null || citizen == null) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    boolean inForce = mandates.mandatesOf(agent.id()).stream()
        .anyMatch(m -> m.principalAccountId().equals(citizen.id())
            && m.statusOn(today) == MandateStatus.CONFIRMED);
    if (inForce) {
      return;
    }
    Mandate m = mandates.record(agent, citizen.partyId(), List.of(), today,
        today.plus(MandateRegistry.LONGEST).minusDays(1));
    mandates.confirm(m.id(), citizen);
    log.info("Demo data: demo-agent files for demo-citizen under mandate {} until {}", m.id(), m.validTo());
  }
}
