package org.openhall.catalogue.form;

/**
 * Reference check characters computed from the standards' definitions (weights as powers, not the
 * production tables), so tests do not trust the implementation or anyone's memory.
 */
final class Checksums {

    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Checksums() {
    }

    /** ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2^(18-i) mod 11; total ≡ 1 (mod 11). */
    static char personIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = java.math.BigInteger.TWO.pow(17 - i).mod(java.math.BigInteger.valueOf(11)).intValue();
            sum += Character.digit(first17.charAt(i), 10) * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** A complete identity number from region, birth date (yyyyMMdd) and 3-digit sequence. */
    static String personId(String region6, String birth8, String sequence3) {
        String body = region6 + birth8 + sequence3;
        return body + personIdCheck(body);
    }

    /** GB 32100: weight of position i (0-based) is 3^i mod 31; check = (31 − sum mod 31) mod 31. */
    static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = java.math.BigInteger.valueOf(3).pow(i).mod(java.math.BigInteger.valueOf(31)).intValue();
            sum += CREDIT_CHARSET.indexOf(first17.charAt(i)) * weight;
        }
        return CREDIT_CHARSET.charAt((31 - sum % 31) % 31);
    }

    static String creditCode(String first17) {
        return first17 + creditCodeCheck(first17);
    }

    /** The same number with a different, therefore wrong, check character. */
    static String withWrongLast(String valid, String alphabet) {
        char last = valid.charAt(valid.length() - 1);
        char other = alphabet.charAt((alphabet.indexOf(last) + 1) % alphabet.length());
        return valid.substring(0, valid.length() - 1) + other;
    }
}
