package com.agentusage.adapter.jdbc.events;

import static com.agentusage.adapter.jdbc.events.SessionSpan.LONG_GAP_MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.adapter.jdbc.events.SessionSpan.Gap;
import com.agentusage.domain.period.TimeRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionSpanTest {

    private static final long HOUR = 3_600_000;

    @Test
    void givenALateMessageInsideALongGap_whenAdded_thenTheGapSplitsAndOnlyLongPiecesRemain() {
        SessionSpan span = SessionSpan.startedAt(0).withMessageAt(10 * HOUR);

        SessionSpan split = span.withMessageAt(9 * HOUR + 1);

        assertThat(span.longGaps()).containsExactly(new Gap(0, 10 * HOUR));
        assertThat(split.longGaps()).containsExactly(new Gap(0, 9 * HOUR + 1));
        assertThat(split.firstMillis()).isZero();
        assertThat(split.lastMillis()).isEqualTo(10 * HOUR);
    }

    @Test
    void givenASessionSilentThroughAWindow_whenAsked_thenItHasNoMessageThereButDoesAroundIt() {
        SessionSpan span = SessionSpan.startedAt(0).withMessageAt(10 * HOUR);

        assertThat(span.hasMessageIn(new TimeRange(HOUR, 10 * HOUR))).isFalse();
        assertThat(span.hasMessageIn(new TimeRange(HOUR, 10 * HOUR + 1))).isTrue();
        assertThat(span.hasMessageIn(new TimeRange(-HOUR, 1))).isTrue();
        assertThat(span.hasMessageIn(new TimeRange(10 * HOUR + 1, 12 * HOUR))).isFalse();
    }

    @Test
    void givenAWindowShorterThanALongGap_whenAsked_thenItIsRefused() {
        SessionSpan span = SessionSpan.startedAt(0);

        assertThatThrownBy(() -> span.hasMessageIn(new TimeRange(0, LONG_GAP_MILLIS - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenGapsOutsideTheSession_whenRestored_thenTheSpanIsRefused() {
        assertThatThrownBy(() -> new SessionSpan(0, HOUR, List.of(new Gap(0, 2 * HOUR))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionSpan(0, 9 * HOUR, List.of(new Gap(5 * HOUR, 9 * HOUR), new Gap(0, 2 * HOUR))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenMessagesInAnyOrder_whenAdded_thenTheSpanIsTheOneOfTheSortedMessages(long seed) {
        Random random = new Random(seed);
        List<Long> times = randomSession(random);

        SessionSpan span = spanOfShuffled(times, random);

        assertThat(span).isEqualTo(fromSorted(times));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomWindowsAtLeastALongGapLong_whenAsked_thenTheSpanAgreesWithTheMessages(long seed) {
        Random random = new Random(seed);
        List<Long> times = randomSession(random);
        SessionSpan span = spanOfShuffled(times, random);

        for (int i = 0; i < 200; i++) {
            long from = times.get(random.nextInt(times.size())) + random.nextLong(-3 * HOUR, 3 * HOUR);
            TimeRange window = new TimeRange(from, from + LONG_GAP_MILLIS + random.nextLong(10 * HOUR));
            boolean expected = times.stream().anyMatch(window::contains);
            assertThat(span.hasMessageIn(window)).as("window %s of %s", window, times).isEqualTo(expected);
        }
    }

    /** Bursts of messages seconds to minutes apart, separated now and then by pauses of hours. */
    private static List<Long> randomSession(Random random) {
        List<Long> times = new ArrayList<>();
        long at = random.nextLong(1_000_000_000_000L, 2_000_000_000_000L);
        int messages = 1 + random.nextInt(40);
        for (int i = 0; i < messages; i++) {
            times.add(at);
            at += switch (random.nextInt(10)) {
                case 0 -> random.nextLong(HOUR / 2, 12 * HOUR);
                case 1 -> 0;
                case 2 -> LONG_GAP_MILLIS;
                default -> random.nextLong(1, 600_000);
            };
        }
        return times;
    }

    /** The span of the messages added one by one, in an order shuffled with {@code random}. */
    private static SessionSpan spanOfShuffled(List<Long> times, Random random) {
        List<Long> arrival = new ArrayList<>(times);
        Collections.shuffle(arrival, random);
        SessionSpan span = SessionSpan.startedAt(arrival.getFirst());
        for (long time : arrival.subList(1, arrival.size())) {
            span = span.withMessageAt(time);
        }
        return span;
    }

    private static SessionSpan fromSorted(List<Long> sorted) {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) - sorted.get(i - 1) >= LONG_GAP_MILLIS) {
                gaps.add(new Gap(sorted.get(i - 1), sorted.get(i)));
            }
        }
        return new SessionSpan(sorted.getFirst(), sorted.getLast(), gaps);
    }
}
