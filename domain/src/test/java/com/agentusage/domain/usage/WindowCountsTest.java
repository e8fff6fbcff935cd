package com.agentusage.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowCountsTest {

    @ParameterizedTest(name = "{0} successful of {1} messages -> {2}")
    @CsvSource({"1, 800, 0.13", "1, 1600, 0.06", "2, 3, 66.67", "1, 3, 33.33", "1, 8, 12.50", "5, 5, 100.00", "0, 7, 0.00"})
    void givenMessages_whenAskedForTheSuccessRate_thenItIsAPercentageRoundedHalfUpToTwoDecimals(
            long successful, long messages, String rate) {
        WindowCounts counts = new WindowCounts(1, messages, messages - successful, 0, 0, 0);

        assertThat(counts.successRate()).contains(new BigDecimal(rate));
    }

    @Test
    void givenNoMessages_whenAskedForTheSuccessRate_thenThereIsNone() {
        assertThat(WindowCounts.ZERO.successRate()).isEmpty();
    }

    @Test
    void givenRawCounts_whenDerived_thenSuccessfulAndSuccessRateCountFollowTheContractsFormulas() {
        WindowCounts counts = new WindowCounts(3, 100, 5, 4, 1, 2);

        assertThat(counts.successful()).isEqualTo(91);
        assertThat(counts.successRateCount()).isEqualTo(94);
    }

    @Test
    void givenPublishedNumbersThatContradictEachOther_whenRebuilding_thenTheyAreRejected() {
        assertThatThrownBy(() -> WindowCounts.fromPublished(1, 10, 1, 9, 1, 0, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successful");
        assertThatThrownBy(() -> WindowCounts.fromPublished(1, 10, 1, 8, 1, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> WindowCounts.fromPublished(1, 10, 1, 8, 1, 0, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mismatched");
    }

    @Test
    void givenCountsBreakingAnInvariant_whenMade_thenTheyAreRejected() {
        assertThatThrownBy(() -> new WindowCounts(-1, 0, 0, 0, 0, 0)).hasMessageContaining("sessions");
        assertThatThrownBy(() -> new WindowCounts(0, 0, 0, 0, 0, -1)).hasMessageContaining("interventions");
        assertThatThrownBy(() -> new WindowCounts(1, 5, 3, 3, 0, 0)).hasMessageContaining("exceeds messages");
        assertThatThrownBy(() -> new WindowCounts(1, 5, 0, 2, 3, 0)).hasMessageContaining("mismatched");
        assertThatThrownBy(() -> new WindowCounts(6, 5, 0, 0, 0, 0)).hasMessageContaining("sessions");
    }
}
