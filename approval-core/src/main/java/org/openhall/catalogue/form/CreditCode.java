package org.openhall.catalogue.form;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters from
 * {@code 0-9A-Y} without I, O, S, V, Z, the last one a MOD 31 check character.
 */
public final class CreditCode {

    /** Why a code is not a valid unified social credit code. */
    public enum Defect {
        /** Not exactly 18 characters. */
        LENGTH,
        /** Contains a character outside the code's character set (I, O, S, V and Z are never used). */
        CHARACTER,
        /** The check character does not match. */
        CHECK_CODE
    }

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Strips surrounding whitespace and upper-cases; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the code (normalized first) is valid. */
    public static boolean isValid(String raw) {
        return defect(raw).isEmpty();
    }

    /** The first defect of the code (normalized first), in the order of {@link Defect}; empty if valid. */
    public static Optional<Defect> defect(String raw) {
        String code = normalize(raw);
        if (code == null || code.length() != 18) {
            return Optional.of(Defect.LENGTH);
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Defect.CHARACTER);
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of(Defect.CHECK_CODE);
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters: 31 − (Σ value × weight mod 31), 31 becoming 0. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character at " + i);
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** Keeps the first 4 and last 4 characters, e.g. {@code 9135**********0Y43}. */
    public static String mask(String raw) {
        return ResidentIdNumber.maskMiddle(normalize(raw), 4, 4);
    }
}
