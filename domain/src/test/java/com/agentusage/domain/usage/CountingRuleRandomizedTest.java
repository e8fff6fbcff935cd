package com.agentusage.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.RandomEvents;
import com.agentusage.domain.period.RandomPeriods;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

/** Seeded randomized checks of the counting rule: a failing seed is printed in the test name and replays exactly. */
class CountingRuleRandomizedTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomEventsAndPeriods_whenCounted_thenEveryEventOfTheAggregateLiesInExactlyOneBucket(long seed) {
        RandomEvents random = new RandomEvents(seed);
        ReportingPeriod period = RandomPeriods.next(random.random());
        List<AgentEvent> events = random.around(period, 300);

        for (AgentEvent event : events) {
            long inBuckets = period.buckets().stream().filter(b -> b.counted().contains(event.epochMillis())).count();
            boolean inAggregate = period.aggregate().counted().contains(event.epochMillis());
            assertThat(inBuckets).as("buckets holding %s", event).isEqualTo(inAggregate ? 1 : 0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomEventsAndPeriods_whenCounted_thenTheBucketsAddUpToTheAggregate(long seed) {
        RandomEvents random = new RandomEvents(seed);
        ReportingPeriod period = RandomPeriods.next(random.random());

        PeriodCounts counts = UsageTally.count(period, random.around(period, 300));

        List<WindowCounts> buckets = counts.buckets();
        WindowCounts aggregate = counts.aggregate();
        assertThat(buckets.stream().mapToLong(WindowCounts::messages).sum()).isEqualTo(aggregate.messages());
        assertThat(buckets.stream().mapToLong(WindowCounts::unhandled).sum()).isEqualTo(aggregate.unhandled());
        assertThat(buckets.stream().mapToLong(WindowCounts::ambiguous).sum()).isEqualTo(aggregate.ambiguous());
        assertThat(buckets.stream().mapToLong(WindowCounts::mismatched).sum()).isEqualTo(aggregate.mismatched());
        assertThat(buckets.stream().mapToLong(WindowCounts::interventions).sum()).isEqualTo(aggregate.interventions());
        assertThat(buckets.stream().mapToLong(WindowCounts::successRateCount).sum()).isEqualTo(aggregate.successRateCount());
        // A session may span buckets, so distinct sessions are bounded, not additive.
        assertThat(aggregate.sessions()).isLessThanOrEqualTo(buckets.stream().mapToLong(WindowCounts::sessions).sum());
        assertThat(aggregate.sessions()).isGreaterThanOrEqualTo(buckets.stream().mapToLong(WindowCounts::sessions).max().orElse(0));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomEvents_whenCounted_thenTheLastMillisecondOfToDateCountsAndTheNextDayDoesNot(long seed) {
        RandomEvents random = new RandomEvents(seed);
        ReportingPeriod period = RandomPeriods.next(random.random());
        StatsWindow last = period.buckets().get(ReportingPeriod.BUCKETS - 1);
        long nextLocalMidnight = period.to().plusDays(1).atStartOfDay().toEpochSecond(period.offset().zoneOffset()) * 1000;

        WindowCounts lastMillisecond = UsageTally.count(last.counted(), List.of(random.at(nextLocalMidnight - 1)));
        WindowCounts nextDay = UsageTally.count(period.aggregate().counted(), List.of(random.at(nextLocalMidnight)));

        assertThat(lastMillisecond.messages() + lastMillisecond.interventions()).isEqualTo(1);
        assertThat(nextDay).isEqualTo(WindowCounts.ZERO);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomCounts_whenDerived_thenTheMetricsFollowTheFormulas(long seed) {
        RandomEvents random = new RandomEvents(seed);
        ReportingPeriod period = RandomPeriods.next(random.random());

        PeriodCounts counts = UsageTally.count(period, random.around(period, 200));

        for (WindowCounts c : counts.buckets()) {
            assertThat(c.successful()).isEqualTo(c.messages() - c.unhandled() - c.ambiguous());
            assertThat(c.successRateCount()).isEqualTo(c.successful() + c.ambiguous() - c.mismatched());
            if (c.messages() == 0) {
                assertThat(c.successRate()).isEmpty();
            } else {
                // Half-up rounding of successful * 10000 / messages hundredths, in integers.
                long hundredths = (2 * 10_000 * c.successful() + c.messages()) / (2 * c.messages());
                assertThat(c.successRate()).contains(BigDecimal.valueOf(hundredths, 2));
            }
        }
    }
}
