package org.openhall.demo;

import java.time.Clock;
import org.openhall.notification.SmsGateway;
import org.openhall.notification.SmsLog;
import org.openhall.notification.SmsLogGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo (and the tests, which run it) send no text messages: they are written to the message log
 * that ADMIN reads at /console/messages. Outside the demo, a deployment provides its own
 * {@link SmsGateway} bean; without one, code requests answer 503 (docs/adr/0023).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSmsGateway {

  @Bean
  SmsGateway smsGateway(SmsLog log, Clock clock) {
    return new SmsLogGateway(log, clock);
  }
}
