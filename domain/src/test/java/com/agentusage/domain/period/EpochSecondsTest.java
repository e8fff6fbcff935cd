package com.agentusage.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpochSecondsTest {

    @Test
    void givenAWholeNumberOfSeconds_whenWritten_thenItHasNoFraction() {
        assertThat(EpochSeconds.of(1586847599L).plainText()).isEqualTo("1586847599");
    }

    @Test
    void givenAFractionalLargeValue_whenWritten_thenItUsesPlainNotationWithTheShortestDigits() {
        assertThat(new EpochSeconds(1586540399.8888888).plainText()).isEqualTo("1586540399.8888888");
        assertThat(new EpochSeconds(1e10 + 0.5).plainText()).isEqualTo("10000000000.5");
    }

    @Test
    void givenZeroAndNegativeValues_whenWritten_thenTheyStayPlain() {
        assertThat(EpochSeconds.of(0).plainText()).isEqualTo("0");
        assertThat(new EpochSeconds(-12.25).plainText()).isEqualTo("-12.25");
    }
}
