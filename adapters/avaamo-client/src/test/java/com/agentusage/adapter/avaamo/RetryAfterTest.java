package com.agentusage.adapter.avaamo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2020-04-10T12:00:00Z");

    @Test
    void givenSeconds_whenRead_thenTheyAreTheWait() {
        assertThat(RetryAfter.of("60", NOW)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryAfter.of(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void givenAnHttpDate_whenRead_thenTheWaitLastsUntilIt() {
        assertThat(RetryAfter.of("Fri, 10 Apr 2020 12:01:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.of("Fri, 10 Apr 2020 11:59:00 GMT", NOW)).as("a date passed").isEqualTo(Duration.ZERO);
    }

    @Test
    void givenAWaitOverAnHour_whenRead_thenAnHourIsHonoured() {
        assertThat(RetryAfter.of("86400", NOW)).isEqualTo(RetryAfter.LONGEST);
        assertThat(RetryAfter.of("99999999999999999999999", NOW)).isEqualTo(RetryAfter.LONGEST);
        assertThat(RetryAfter.of("Fri, 10 Apr 2099 12:00:00 GMT", NOW)).isEqualTo(RetryAfter.LONGEST);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"soon", "-5", "1.5", "2020-04-10T12:01:30Z"})
    void givenNoUsableHeader_whenRead_thenTheWaitIsAMinute(String header) {
        assertThat(RetryAfter.of(header, NOW)).isEqualTo(Duration.ofMinutes(1));
    }
}
