package org.openhall.licence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 电子证照: the data printed on one licence PDF; {@code validUntil == null} means long-term (长期).
 *
 * @param licenceNumber     licence number (证照编号), printed under the title
 * @param verificationCode  code printed under the QR code, typed in by a person who cannot scan
 * @param holderName        licence holder (持证主体), a person or an organisation
 * @param holderId          the holder's own identifier in full (统一社会信用代码 or 居民身份证号码), or empty;
 *                          the licence is the holder's own document, masking belongs to public pages
 * @param itemName          approval item the licence was issued for (许可事项)
 * @param licenceTitle      title of the licence, e.g. 食品经营许可证
 * @param contentLines      scope / content lines (许可内容), each wrapped to the page width
 * @param issuingDepartment issuing department (发证机关)
 * @param issuedOn          date of issue
 * @param validUntil        last day of validity, or {@code null} for long-term
 * @param verifyUrl         URL encoded in the QR code
 */
public record LicenceDocument(
        String licenceNumber,
        String verificationCode,
        String holderName,
        String holderId,
        String itemName,
        String licenceTitle,
        List<String> contentLines,
        String issuingDepartment,
        LocalDate issuedOn,
        LocalDate validUntil,
        String verifyUrl) {

    public LicenceDocument {
        requireText(licenceNumber, "licenceNumber");
        requireText(verificationCode, "verificationCode");
        requireText(holderName, "holderName");
        Objects.requireNonNull(holderId, "holderId");
        requireText(itemName, "itemName");
        requireText(licenceTitle, "licenceTitle");
        contentLines = contentLines == null ? List.of() : List.copyOf(contentLines);
        requireText(issuingDepartment, "issuingDepartment");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (validUntil != null && validUntil.isBefore(issuedOn)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " is before issuedOn " + issuedOn);
        }
        requireText(verifyUrl, "verifyUrl");
    }

    /** True when the licence has no end date (长期). */
    public boolean longTerm() {
        return validUntil == null;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
