package com.agentusage.adapter.avaamo;

import static com.agentusage.adapter.avaamo.CallTimes.assertAtMostPerWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rolling window on a clock of the test's own: bursts across window edges, steady demand, random arrivals. */
class CallLimitTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final CallLimit limit = new CallLimit(50, MINUTE);

    /** Tries a call at each time and answers the times the limit allowed. */
    private List<Long> allowed(LongStream attempts) {
        List<Long> allowed = new ArrayList<>();
        attempts.forEach(time -> {
            if (limit.tryCall(time) == 0) {
                allowed.add(time);
            }
        });
        return allowed;
    }

    private static LongStream burst(long at, int calls) {
        return LongStream.range(0, calls).map(i -> at);
    }

    @Test
    void givenABurstJustBeforeAWindowEdgeAndOneJustAfter_whenCalled_thenTheSecondBurstWaitsForTheFirstToLeaveTheWindow() {
        List<Long> first = allowed(burst(59 * SECOND, 100));
        List<Long> afterTheEdge = allowed(burst(61 * SECOND, 100));
        List<Long> aMinuteAfterTheFirst = allowed(burst(119 * SECOND + 1, 100));

        assertThat(first).hasSize(50);
        assertThat(afterTheEdge).as("a fixed window would start afresh at 60 s").isEmpty();
        assertThat(aMinuteAfterTheFirst).hasSize(50);
    }

    @Test
    void givenTheLimitUsedUp_whenRefused_thenTheWaitNamesWhenTheOldestCallLeavesTheWindow() {
        allowed(burst(10 * SECOND, 50));

        long wait = limit.tryCall(30 * SECOND);

        assertThat(wait).isEqualTo(40 * SECOND + 1);
        assertThat(limit.tryCall(30 * SECOND + wait - 1)).as("one nanosecond early").isPositive();
        assertThat(limit.tryCall(30 * SECOND + wait)).isZero();
    }

    @Test
    void givenSteadyDemandAboveTheLimit_whenCalledForFiveMinutes_thenEveryMinuteGetsTheFullQuota() {
        // Two attempts a second, 600 in all: refused attempts must not push the allowed ones out.
        List<Long> allowed = allowed(LongStream.range(0, 600).map(i -> i * SECOND / 2));

        for (int minute = 0; minute < 5; minute++) {
            long from = minute * 60 * SECOND;
            assertThat(allowed.stream().filter(t -> t >= from && t < from + 60 * SECOND).count())
                    .as("calls in minute %d", minute).isBetween(49L, 50L);
        }
        assertThat(allowed).hasSizeGreaterThanOrEqualTo(249);
        assertAtMostPerWindow(allowed, 50, MINUTE);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomBurstsAndGaps_whenCalled_thenNoWindowHoldsMoreThanTheLimitAndEveryRefusalHadTheLimitBehindIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> allowed = new ArrayList<>();
        long now = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            now += random.nextInt(4) == 0 ? random.nextLong(0, 30 * SECOND) : random.nextLong(0, SECOND / 10);
            long wait = limit.tryCall(now);
            long callsInWindow = windowBefore(allowed, now);
            if (wait == 0) {
                allowed.add(now);
            } else {
                assertThat(callsInWindow).as("refused at %d ns", now).isEqualTo(50);
                assertThat(windowBefore(allowed, now + wait)).as("calls left in the window when the wait is over")
                        .isLessThan(50);
            }
        }
        assertAtMostPerWindow(allowed, 50, MINUTE);
    }

    /** Calls made within the minute up to {@code now}, both ends included. */
    private static long windowBefore(List<Long> calls, long now) {
        return calls.stream().filter(t -> now - t <= MINUTE.toNanos()).count();
    }
}
