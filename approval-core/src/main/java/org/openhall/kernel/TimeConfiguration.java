package org.openhall.kernel;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the system, in the service centre's time zone (working days are local). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock(@Value("${openhall.time-zone:Asia/Shanghai}") ZoneId zone) {
    return Clock.system(zone);
  }
}
