package org.openhall.catalogue.form;

import java.util.regex.Pattern;

/** 电话号码 (telephone number): a mainland mobile number {@code 1[3-9]xxxxxxxxx} or a landline {@code 0xx(x)-xxxxxxx(x)}. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private PhoneNumber() {
    }

    /** Strips surrounding whitespace; {@code null} stays {@code null}. */
    public static String normalize(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** Whether the number (normalized first) is a mainland mobile or landline number. */
    public static boolean isValid(String raw) {
        String phone = normalize(raw);
        return phone != null && (isMobile(phone) || LANDLINE.matcher(phone).matches());
    }

    /** Whether the number (normalized first) is a mainland mobile number. */
    public static boolean isMobile(String raw) {
        String phone = normalize(raw);
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /**
     * Masks a number: mobile {@code 138****5678}; landline keeps the area code and the last 4 digits,
     * {@code 010-****5678}; anything else keeps its first 3 and last 4 characters when long enough.
     */
    public static String mask(String raw) {
        String phone = normalize(raw);
        if (phone == null) {
            return null;
        }
        if (isMobile(phone)) {
            return ResidentIdNumber.maskMiddle(phone, 3, 4);
        }
        if (LANDLINE.matcher(phone).matches()) {
            int dash = phone.indexOf('-');
            if (dash > 0) {
                return phone.substring(0, dash + 1) + ResidentIdNumber.maskMiddle(phone.substring(dash + 1), 0, 4);
            }
            int areaLength = phone.startsWith("01") || phone.startsWith("02") ? 3 : 4;
            return ResidentIdNumber.maskMiddle(phone, areaLength, 4);
        }
        return ResidentIdNumber.maskMiddle(phone, 3, 4);
    }
}
