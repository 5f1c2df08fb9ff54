package org.openhall.catalogue.form;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * 居民身份证号码 (resident identity number, GB 11643-1999): 18 characters, a province code, a birth
 * date {@code yyyyMMdd} and an ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIdNumber {

    /** Why a number is not a valid resident identity number. */
    public enum Defect {
        /** Not exactly 18 characters (the old 15-digit numbers are not accepted). */
        LENGTH,
        /** Not 17 digits followed by a digit or X. */
        FORMAT,
        /** The first two digits are not a province-level division code. */
        PROVINCE,
        /** The embedded birth date does not exist, is before 1900 or is in the future. */
        BIRTH_DATE,
        /** The check character does not match. */
        CHECK_DIGIT
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** Strips surrounding whitespace and upper-cases a trailing x; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the number (normalized first) is valid, with "today" taken from the clock. */
    public static boolean isValid(String raw, Clock clock) {
        return defect(raw, LocalDate.now(clock)).isEmpty();
    }

    /** Whether the number (normalized first) is valid, no one being born after {@code today}. */
    public static boolean isValid(String raw, LocalDate today) {
        return defect(raw, today).isEmpty();
    }

    /** The first defect of the number (normalized first), checked in the order of {@link Defect}; empty if valid. */
    public static Optional<Defect> defect(String raw, LocalDate today) {
        String id = normalize(raw);
        if (id == null || id.length() != 18) {
            return Optional.of(Defect.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                return Optional.of(Defect.FORMAT);
            }
        }
        char last = id.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Optional.of(Defect.FORMAT);
        }
        if (!isProvinceCode(Integer.parseInt(id.substring(0, 2)))) {
            return Optional.of(Defect.PROVINCE);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (checkCharacter(id.substring(0, 17)) != last) {
            return Optional.of(Defect.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Keeps the first 4 and last 4 characters, e.g. {@code 1101**********002X}; short values are fully masked. */
    public static String mask(String raw) {
        return maskMiddle(normalize(raw), 4, 4);
    }

    static String maskMiddle(String value, int keepStart, int keepEnd) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        if (length <= keepStart + keepEnd) {
            return "*".repeat(length);
        }
        return value.substring(0, keepStart) + "*".repeat(length - keepStart - keepEnd)
                + value.substring(length - keepEnd);
    }

    private static boolean isProvinceCode(int code) {
        return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
                || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
                || code == 71 || code == 81 || code == 82 || code == 91;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
