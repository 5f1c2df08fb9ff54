package org.openhall.notification;

/** How an outbox message reaches its recipient: e-mail through Spring Mail, or a text message through {@link SmsGateway}. */
public enum OutboxChannel {
  EMAIL, SMS
}
