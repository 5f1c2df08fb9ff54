package org.openhall.casefile;

/** Who did a step: an account and the role it acted in ({@code SYSTEM} for the engine itself). */
public record Actor(String accountId, String role) {

  public static final Actor SYSTEM = new Actor(null, "SYSTEM");
}
