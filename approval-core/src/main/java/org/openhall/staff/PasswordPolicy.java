package org.openhall.staff;

import java.security.SecureRandom;

/** What a staff password must be, and how a temporary one is made. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 64;
  // No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
  private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String DIGITS = "23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {
  }

  /** The message code of what is wrong with the password, or null when it will do. */
  public static String problemWith(String password) {
    if (password == null || password.isBlank()) {
      return "PASSWORD_REQUIRED";
    }
    if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return "PASSWORD_TOO_SHORT";
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean digit = password.chars().anyMatch(Character::isDigit);
    return letter && digit ? null : "PASSWORD_TOO_WEAK";
  }

  /** Three groups of four, e.g. {@code Kx7m-Qp3r-Tz9w}: letters and digits in each group. */
  static String temporary() {
    StringBuilder s = new StringBuilder();
    for (int group = 0; group < 3; group++) {
      if (group > 0) {
        s.append('-');
      }
      int digitAt = RANDOM.nextInt(4);
      for (int i = 0; i < 4; i++) {
        String from = i == digitAt ? DIGITS : LETTERS;
        s.append(from.charAt(RANDOM.nextInt(from.length())));
      }
    }
    return s.toString();
  }
}
