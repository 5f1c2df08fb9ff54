package org.openhall.catalogue.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void referenceComputationReproducesThePublishedExample() {
        assertThat(Checksums.creditCodeCheck("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void acceptsPublishedExample() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void checkCharacterMatchesReferenceForManyBodies() {
        for (int i = 0; i < 400; i++) {
            StringBuilder body = new StringBuilder("91");
            for (int j = 0; j < 15; j++) {
                body.append(ALPHABET.charAt((i * 7 + j * 13 + i * j) % ALPHABET.length()));
            }
            String code = Checksums.creditCode(body.toString());
            assertThat(CreditCode.checkCharacter(body)).as(code).isEqualTo(code.charAt(17));
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void acceptsCodeWhoseCheckIsZero() {
        String code = null;
        for (char c : ALPHABET.toCharArray()) {
            String candidate = Checksums.creditCode("9111010810000000" + c);
            if (candidate.endsWith("0")) {
                code = candidate;
            }
        }
        assertThat(code).as("some last body character yields check 0").isNotNull();
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacter() {
        assertThat(CreditCode.defect("91350100M000100Y44")).contains(CreditCode.Defect.CHECK_CODE);
        String wrong = Checksums.withWrongLast(Checksums.creditCode("52100000MJ0000000"), ALPHABET);
        assertThat(CreditCode.defect(wrong)).contains(CreditCode.Defect.CHECK_CODE);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', '-', '*'})
    void rejectsCharactersOutsideTheCharset(char bad) {
        String code = "91350100M000100" + bad + "43";
        assertThat(CreditCode.defect(code)).contains(CreditCode.Defect.CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
    void rejectsWrongLength(String code) {
        assertThat(CreditCode.defect(code)).contains(CreditCode.Defect.LENGTH);
    }

    @Test
    void acceptsLowercaseAndNormalizesToUppercase() {
        assertThat(CreditCode.isValid("91350100m000100y43")).isTrue();
        assertThat(CreditCode.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void masksAllButFirstAndLastFour() {
        assertThat(CreditCode.mask("91350100M000100Y43")).isEqualTo("9135**********0Y43");
    }
}
