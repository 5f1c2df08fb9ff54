package org.openhall.catalogue.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "010-12345678", "01012345678", "0591-8765432", "0755-87654321"})
    void acceptsMobileAndLandlineNumbers(String phone) {
        assertThat(PhoneNumber.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "010-123456",
            "10-12345678", "010-123456789", "138 1234 5678", "abc"})
    void rejectsMalformedNumbers(String phone) {
        assertThat(PhoneNumber.isValid(phone)).isFalse();
    }

    @Test
    void masksMobileMiddleFourDigits() {
        assertThat(PhoneNumber.mask("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void masksLandlineKeepingAreaCode() {
        assertThat(PhoneNumber.mask("010-12345678")).isEqualTo("010-****5678");
        assertThat(PhoneNumber.mask("05918765432")).isEqualTo("0591***5432");
    }
}
