package org.openhall.catalogue.form;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final String ID_ALPHABET = "0123456789X";

    @Test
    void referenceComputationReproducesTheStandardExamples() {
        // GB 11643-1999 examples: 11010519491231002X and 440524188001010014.
        assertThat(Checksums.personIdCheck("11010519491231002")).isEqualTo('X');
        assertThat(Checksums.personIdCheck("44052418800101001")).isEqualTo('4');
    }

    @Test
    void acceptsStandardExampleWithCheckCharacterX() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X", TODAY)).isTrue();
        assertThat(ResidentIdNumber.defect("11010519491231002X", TODAY)).isEmpty();
    }

    @Test
    void checkCharacterMatchesReferenceForManyBodies() {
        for (int seq = 0; seq < 1000; seq += 7) {
            String body = "32010619850" + "704" + String.format("%03d", seq);
            assertThat(ResidentIdNumber.checkCharacter(body)).as(body).isEqualTo(Checksums.personIdCheck(body));
        }
    }

    @Test
    void acceptsComputedNumbersForEveryCheckCharacter() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int seq = 0; seq < 200 && seen.size() < 11; seq++) {
            String id = Checksums.personId("330106", "19900101", String.format("%03d", seq));
            seen.add(id.charAt(17));
            assertThat(ResidentIdNumber.isValid(id, TODAY)).as(id).isTrue();
        }
        assertThat(seen).hasSize(11);
    }

    @Test
    void acceptsLowercaseXAndNormalizesItToUppercase() {
        assertThat(ResidentIdNumber.isValid("11010519491231002x", TODAY)).isTrue();
        assertThat(ResidentIdNumber.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void rejectsPersonIdWithWrongCheckDigit() {
        String wrong = Checksums.withWrongLast(Checksums.personId("110105", "19800101", "123"), ID_ALPHABET);
        assertThat(ResidentIdNumber.defect(wrong, TODAY)).contains(ResidentIdNumber.Defect.CHECK_DIGIT);
        assertThat(ResidentIdNumber.defect("110105194912310021", TODAY)).contains(ResidentIdNumber.Defect.CHECK_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "1101051949123100201", "110105491231002"})
    void rejectsWrongLength(String id) {
        assertThat(ResidentIdNumber.defect(id, TODAY)).contains(ResidentIdNumber.Defect.LENGTH);
    }

    @Test
    void rejectsNull() {
        assertThat(ResidentIdNumber.isValid(null, TODAY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100X2", "11010519491231A02X", "11010519491231002Y", "１1010519491231002X"})
    void rejectsNonDigitsOutsideTheCheckPosition(String id) {
        assertThat(ResidentIdNumber.defect(id, TODAY)).contains(ResidentIdNumber.Defect.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82", "91"})
    void acceptsEveryProvinceCodeBoundary(String province) {
        String id = Checksums.personId(province + "0101", "19700101", "001");
        assertThat(ResidentIdNumber.isValid(id, TODAY)).as(id).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "83", "90", "92", "99"})
    void rejectsUnknownProvinceCode(String province) {
        String id = Checksums.personId(province + "0101", "19700101", "001");
        assertThat(ResidentIdNumber.defect(id, TODAY)).contains(ResidentIdNumber.Defect.PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20250230", "20230229", "19801301", "19800100", "20250616", "18991231"})
    void rejectsImpossibleFutureOrTooEarlyBirthDate(String birth) {
        String id = Checksums.personId("110105", birth, "001");
        assertThat(ResidentIdNumber.defect(id, TODAY)).as(id).contains(ResidentIdNumber.Defect.BIRTH_DATE);
    }

    @Test
    void rejectsStandardExampleBornIn1880AsTooEarly() {
        assertThat(ResidentIdNumber.defect("440524188001010014", TODAY)).contains(ResidentIdNumber.Defect.BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20000229", "19000101", "20250615"})
    void acceptsLeapDayEarliestDateAndToday(String birth) {
        assertThat(ResidentIdNumber.isValid(Checksums.personId("110105", birth, "001"), TODAY)).isTrue();
    }

    @Test
    void usesTheClockForToday() {
        String bornToday = Checksums.personId("110105", "20250615", "001");
        Clock dayBefore = Clock.fixed(Instant.parse("2025-06-14T12:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Clock sameDay = Clock.fixed(Instant.parse("2025-06-14T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(ResidentIdNumber.isValid(bornToday, dayBefore)).isFalse();
        assertThat(ResidentIdNumber.isValid(bornToday, sameDay)).isTrue();
    }

    @Test
    void masksAllButFirstAndLastFour() {
        assertThat(ResidentIdNumber.mask("11010519491231002x")).isEqualTo("1101**********002X");
        assertThat(ResidentIdNumber.mask("1234567")).isEqualTo("*******");
        assertThat(ResidentIdNumber.mask(null)).isNull();
    }

    @Test
    void checkCharacterRefusesWrongInput() {
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100A"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
