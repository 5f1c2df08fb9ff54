package org.openhall.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The domain and the workflow module without web: what process tests run against. */
@SpringBootApplication(scanBasePackages = "org.openhall")
@EntityScan({"org.openhall", "org.springframework.modulith.events.jpa"})
@EnableJpaRepositories("org.openhall")
class ProcessTestApplication {

  @Bean
  @Primary
  SettableClock settableClock() {
    return new SettableClock(Instant.parse("2026-02-09T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  }

  @Bean
  @SuppressWarnings("deprecation")
  PasswordEncoder passwordEncoder() {
    return NoOpPasswordEncoder.getInstance();
  }

  /** A clock that tests move; Camunda's ClockUtil is moved with it. */
  static class SettableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    SettableClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    void set(Instant instant) {
      this.now = instant;
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(instant));
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new SettableClock(now, other);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
