package com.agentusage.adapter.jdbc.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.jdbc.events.Grain.Slice;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GrainTest {

    @Test
    void givenARangeCuttingThroughDaysHoursAndMinutes_whenSliced_thenWholeDaysSitInTheMiddleAndEventsOnlyAtTheEdges() {
        long day = Grain.DAY.millis;
        long from = 3 * day - 2 * Grain.HOUR.millis - 3 * Grain.MINUTE.millis - 5;
        long until = 7 * day + Grain.HOUR.millis + 2 * Grain.MINUTE.millis + 9;

        List<Slice> slices = Grain.slice(from, until);

        assertThat(slices).containsExactly(
                new Slice(Grain.MILLISECOND, from, from + 5),
                new Slice(Grain.MINUTE, from + 5, 3 * day - 2 * Grain.HOUR.millis),
                new Slice(Grain.HOUR, 3 * day - 2 * Grain.HOUR.millis, 3 * day),
                new Slice(Grain.DAY, 3 * day, 7 * day),
                new Slice(Grain.HOUR, 7 * day, 7 * day + Grain.HOUR.millis),
                new Slice(Grain.MINUTE, 7 * day + Grain.HOUR.millis, 7 * day + Grain.HOUR.millis + 2 * Grain.MINUTE.millis),
                new Slice(Grain.MILLISECOND, until - 9, until));
    }

    @Test
    void givenRandomRanges_whenSliced_thenTheSlicesCoverTheRangeExactlyInWholeUnitsOfTheirGrain() {
        Random random = new Random(17);
        for (int i = 0; i < 10_000; i++) {
            long from = random.nextLong(0, 40 * Grain.DAY.millis);
            long until = from + (random.nextBoolean() ? random.nextLong(0, 2 * Grain.HOUR.millis)
                    : random.nextLong(0, 400 * Grain.DAY.millis));

            List<Slice> slices = Grain.slice(from, until);

            long covered = from;
            for (Slice slice : slices) {
                assertThat(slice.fromMillis()).isEqualTo(covered);
                assertThat(slice.untilMillis()).isGreaterThan(slice.fromMillis());
                assertThat(slice.fromMillis() % slice.grain().millis).isZero();
                assertThat(slice.untilMillis() % slice.grain().millis).isZero();
                covered = slice.untilMillis();
            }
            assertThat(covered).isEqualTo(until);
            assertThat(slices).hasSizeLessThanOrEqualTo(7);
        }
    }
}
