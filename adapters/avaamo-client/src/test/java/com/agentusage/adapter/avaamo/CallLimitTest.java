package com.agentusage.adapter.avaamo;

import static com.agentusage.adapter.avaamo.CallTimes.assertAtMostPerWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rolling window on a clock of the test's own: bursts across window edges, steady demand, slow calls. */
class CallLimitTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private final CallLimit limit = new CallLimit(50, MINUTE);

    /** Tries a call at each time, each ending as it starts, and answers the times the limit allowed. */
    private List<Long> allowed(LongStream attempts) {
        List<Long> allowed = new ArrayList<>();
        attempts.forEach(time -> {
            if (limit.tryStart(time) == 0) {
                limit.end(time);
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

        long wait = limit.tryStart(30 * SECOND);

        assertThat(wait).isEqualTo(40 * SECOND + 1);
        assertThat(limit.tryStart(30 * SECOND + wait - 1)).as("one nanosecond early").isPositive();
        assertThat(limit.tryStart(30 * SECOND + wait)).isZero();
    }

    @Test
    void givenCallsStillUnderWay_whenTheLimitIsReached_thenTheyHoldTheirPlacesUntilAMinuteAfterTheyEnd() {
        for (int call = 0; call < 50; call++) {
            assertThat(limit.tryStart(0)).isZero();
        }
        assertThat(limit.tryStart(90 * SECOND)).as("every place under way: a minute at most").isEqualTo(60 * SECOND + 1);

        limit.end(100 * SECOND);
        assertThat(limit.tryStart(160 * SECOND)).as("a minute after the end, not the start").isPositive();
        assertThat(limit.tryStart(160 * SECOND + 1)).isZero();
        assertThatThrownBy(() -> new CallLimit(1, MINUTE).end(0)).isInstanceOf(IllegalStateException.class);
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

    /** An attempt to call, or the end of a call under way, at a time. */
    private record Event(long at, boolean attempt) {
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomBurstsOfCallsThatTakeTime_whenEachReachesTheUpstreamAnywhereOnItsWay_thenNoWindowThereHoldsMoreThanTheLimit(
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> Long.compare(a.at(), b.at()));
        long attemptAt = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            attemptAt += random.nextInt(20) == 0 ? random.nextLong(0, 30 * SECOND) : random.nextLong(0, SECOND / 20);
            events.add(new Event(attemptAt, true));
        }
        List<Long> arrivals = new ArrayList<>();
        int refused = 0;
        while (!events.isEmpty()) {
            Event event = events.poll();
            if (!event.attempt()) {
                limit.end(event.at());
            } else if (limit.tryStart(event.at()) == 0) {
                long took = random.nextLong(0, 5 * SECOND);
                arrivals.add(event.at() + random.nextLong(0, took + 1));
                events.add(new Event(event.at() + took, false));
            } else {
                refused++;
            }
        }
        assertThat(refused).as("the limit was reached").isPositive();
        assertAtMostPerWindow(arrivals, 50, MINUTE);
    }
}
