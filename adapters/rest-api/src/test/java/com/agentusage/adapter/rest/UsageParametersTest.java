package com.agentusage.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsageParametersTest {

    @ParameterizedTest
    @CsvSource({"19800, 19800", "-25200, -25200", "+3600, 3600", "0, 0", "19800.0, 19800", "' 60 ', 60", "50400, 50400"})
    void givenWholeSeconds_whenReadAsAnOffset_thenTheyAreThatOffset(String text, int seconds) {
        assertThat(UsageParameters.offset(text).seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.5", "1e3", "0x10", "1_000", "9999999999", "50401", "-43201", "--1", "NaN", "Infinity"})
    void givenAnythingElse_whenReadAsAnOffset_thenUtcOffsetIsRejected(String text) {
        assertThatThrownBy(() -> UsageParameters.offset(text))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("utc_offset");
    }

    @Test
    void givenNoOffset_whenRead_thenItIsUtc() {
        assertThat(UsageParameters.offset(null).seconds()).isZero();
    }
}
