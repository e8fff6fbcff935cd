package com.agentusage.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.adapter.rest.LoadShedding.WaitingLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitingLimitTest {

    private static final long SECOND = 1_000_000_000L;
    private final WaitingLimit limit = new WaitingLimit(Duration.ofSeconds(1));

    @Test
    void givenARequestTakenUpWithinTheLimit_whenChecked_thenItIsServed() {
        assertThat(limit.exceededBy(5 * SECOND, 5 * SECOND)).isFalse();
        assertThat(limit.exceededBy(5 * SECOND, 6 * SECOND)).isFalse();
    }

    @Test
    void givenARequestThatWaitedLongerThanTheLimit_whenChecked_thenItIsShed() {
        assertThat(limit.exceededBy(5 * SECOND, 6 * SECOND + 1)).isTrue();
    }

    @Test
    void givenTheNanoClockNearItsWrapAround_whenARequestWaitedBriefly_thenItIsStillServed() {
        assertThat(limit.exceededBy(Long.MAX_VALUE - 10, Long.MIN_VALUE + 10)).isFalse();
    }

    @Test
    void givenNoTimeToWaitAtAll_whenTheLimitIsMade_thenItIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new WaitingLimit(Duration.ZERO)).hasMessageContaining("usage.overload.max-wait");
    }
}
