package org.openhall.server;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Log messages never carry a full resident ID number or a password, whoever logged them (our
 * code, a library, an exception message): ID numbers are masked to {@code 1101**********002X},
 * values after password-like keys to {@code ****}. Used by logback-spring.xml as {@code %msg}.
 */
public class SensitiveDataConverter extends MessageConverter {

  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern SECRET = Pattern.compile(
      "(?i)((?:password|passwd|pwd|secret|credential)s?[\"']?\\s*[=:]\\s*[\"']?)([^\\s,;&\"'}]+)");

  @Override
  public String convert(ILoggingEvent event) {
    return mask(super.convert(event));
  }

  static String mask(String message) {
    if (message == null || message.isEmpty()) {
      return message;
    }
    String masked = ID_NUMBER.matcher(message).replaceAll("$1**********$2");
    Matcher secret = SECRET.matcher(masked);
    return secret.replaceAll("$1****");
  }
}
