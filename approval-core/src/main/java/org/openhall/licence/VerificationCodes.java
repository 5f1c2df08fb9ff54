package org.openhall.licence;

import java.security.SecureRandom;

/**
 * 核验码: the code printed under the QR code of a licence or a notice, typed in by a person who cannot
 * scan. Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L): 31^12 ≈ 7.9 × 10^17, so
 * codes cannot be guessed.
 */
public final class VerificationCodes {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {
  }

  /** A new random code. */
  public static String next() {
    char[] code = new char[LENGTH];
    for (int i = 0; i < code.length; i++) {
      code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }
}
