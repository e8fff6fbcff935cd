package com.agentusage.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtcOffsetTest {

    @ParameterizedTest
    @ValueSource(ints = {-43200, -25200, 0, 19800, 50400})
    void givenAnOffsetFromMinusTwelveToPlusFourteenHours_whenMade_thenItIsKept(int seconds) {
        assertThat(UtcOffset.ofSeconds(seconds).zoneOffset().getTotalSeconds()).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(ints = {-43201, 50401, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void givenAnOffsetOutsideTheRange_whenMade_thenUtcOffsetIsRejected(int seconds) {
        assertThatThrownBy(() -> UtcOffset.ofSeconds(seconds))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("utc_offset");
    }
}
