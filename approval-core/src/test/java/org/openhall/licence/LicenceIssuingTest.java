package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openhall.catalogue.LicenceValidity;
import org.openhall.kernel.DomainException;

class LicenceIssuingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aLicenceIsValidAsItsItemStates() {
        assertThat(LicenceIssuing.lastDay("SCJG-001", LicenceValidity.years(5), TODAY))
                .isEqualTo(LocalDate.of(2031, 11, 23));
        assertThat(LicenceIssuing.lastDay("X-1", LicenceValidity.until(TODAY), TODAY)).isEqualTo(TODAY);
        assertThat(LicenceIssuing.lastDay("MZ-001", LicenceValidity.longTerm(), TODAY)).isNull();
    }

    @Test
    void refusesToIssueWhenTheItemsFixedEndDateHasPassed() {
        assertThatThrownBy(() -> LicenceIssuing.lastDay("X-1", LicenceValidity.until(TODAY.minusDays(1)), TODAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("LICENCE_VALIDITY_ENDED"));
    }
}
