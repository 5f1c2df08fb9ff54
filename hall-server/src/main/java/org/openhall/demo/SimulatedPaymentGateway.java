package org.openhall.demo;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openhall.payment.Payment;
import org.openhall.payment.PaymentGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's online payment: a page of OpenHall's own ({@code /demo-bank/{orderId}}) plays the bank
 * and posts a callback signed with HMAC-SHA256 under {@code openhall.payment.simulated.key}; the
 * callback carries {@code orderId, amountFen, transactionId, timestamp, signature}. A callback with a
 * bad signature, or older than {@code openhall.payment.simulated.window}, is not valid.
 */
@Component
@Profile("demo")
public class SimulatedPaymentGateway implements PaymentGateway {

  private final byte[] key;
  private final Duration window;
  private final Clock clock;

  SimulatedPaymentGateway(@Value("${openhall.payment.simulated.key}") String key,
      @Value("${openhall.payment.simulated.window:PT10M}") Duration window, Clock clock) {
    if (key == null || key.length() < 16) {
      throw new IllegalStateException("openhall.payment.simulated.key must have at least 16 characters");
    }
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.window = window;
    this.clock = clock;
  }

  @Override
  public String start(Payment payment) {
    return "/demo-bank/" + payment.orderId().orElseThrow();
  }

  /** The callback the simulated bank sends once the applicant confirms, signed. */
  public Map<String, String> callbackFor(String orderId, long amountFen, String transactionId) {
    Map<String, String> callback = new LinkedHashMap<>();
    callback.put("orderId", orderId);
    callback.put("amountFen", Long.toString(amountFen));
    callback.put("transactionId", transactionId);
    callback.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
    callback.put("signature", sign(callback));
    return callback;
  }

  @Override
  public CallbackResult verify(Map<String, String> callback) {
    String signature = callback.get("signature");
    if (signature == null || callback.get("orderId") == null || callback.get("transactionId") == null) {
      return CallbackResult.invalid();
    }
    if (!MessageDigest.isEqual(sign(callback).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII))) {
      return CallbackResult.invalid();
    }
    try {
      Instant sent = Instant.ofEpochSecond(Long.parseLong(callback.get("timestamp")));
      Instant now = clock.instant();
      if (sent.isBefore(now.minus(window)) || sent.isAfter(now.plus(Duration.ofMinutes(1)))) {
        return CallbackResult.invalid();
      }
      return new CallbackResult(true, callback.get("orderId"), Long.parseLong(callback.get("amountFen")),
          callback.get("transactionId"));
    } catch (NumberFormatException | NullPointerException malformed) {
      return CallbackResult.invalid();
    }
  }

  /** Hex HMAC-SHA256 over {@code orderId|amountFen|transactionId|timestamp}. */
  String sign(Map<String, String> callback) {
    String text = callback.get("orderId") + "|" + callback.get("amountFen") + "|"
        + callback.get("transactionId") + "|" + callback.get("timestamp");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
