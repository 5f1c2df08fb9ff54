package org.openhall.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class SensitiveDataConverterTest {

  @Test
  void masksResidentIdNumbersWhereverTheyStand() {
    assertThat(SensitiveDataConverter.mask("applicant 11010519491231002X filed; other=110105199003071239."))
        .isEqualTo("applicant 1101**********002X filed; other=1101**********1239.")
        .doesNotContain("19491231");
  }

  @Test
  void leavesCaseNumbersAndShorterNumbersAlone() {
    assertThat(SensitiveDataConverter.mask("case 2026112500001 due 2026-12-01, licence SCJG-001-2026-000001"))
        .isEqualTo("case 2026112500001 due 2026-12-01, licence SCJG-001-2026-000001");
  }

  @Test
  void masksPasswordsAfterTheirKeys() {
    assertThat(SensitiveDataConverter.mask("url=jdbc:mysql://db/x?user=oh&password=s3cr3t&ssl=true"))
        .contains("password=****").doesNotContain("s3cr3t");
    assertThat(SensitiveDataConverter.mask("{\"password\": \"Demo#2026\"}")).doesNotContain("Demo#2026");
  }

  @Test
  void masksTheFormattedMessageOfALoggingEvent() {
    Logger logger = new LoggerContext().getLogger("test");
    LoggingEvent event = new LoggingEvent("x", logger, Level.INFO,
        "holder {} password={}", null, new Object[] {"110105199003071239", "hunter2"});
    SensitiveDataConverter converter = new SensitiveDataConverter();
    converter.start();
    assertThat(converter.convert(event)).isEqualTo("holder 1101**********1239 password=****");
  }
}
