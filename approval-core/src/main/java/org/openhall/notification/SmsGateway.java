package org.openhall.notification;

/** The port through which OpenHall sends a text message (短信) to a phone; adapters decide how. */
public interface SmsGateway {

  /** Sends {@code text} to the mainland mobile number {@code phone} (11 digits). */
  void send(String phone, String text);
}
