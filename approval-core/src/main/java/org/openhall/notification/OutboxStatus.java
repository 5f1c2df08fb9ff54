package org.openhall.notification;

/**
 * Where an outbox message stands: PENDING until a relay delivered it (SENT); FAILED only when the
 * address itself can never be delivered to (a malformed e-mail address), never for an outage.
 */
public enum OutboxStatus {
  PENDING, SENT, FAILED
}
