package com.agentusage.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final ReportingPeriod EXAMPLE = ReportingPeriod.of(
            LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13), UtcOffset.ofSeconds(-25200));

    @Test
    void givenTheContractExample_whenAskedForTheAggregate_thenItRunsFromLocalMidnightToTheLastSecondOfToDate() {
        StatsWindow aggregate = EXAMPLE.aggregate();

        assertThat(aggregate.start().plainText()).isEqualTo("1586502000");
        assertThat(aggregate.end().plainText()).isEqualTo("1586847599");
        assertThat(aggregate.counted()).isEqualTo(new TimeRange(1586502000_000L, 1586847600_000L));
    }

    @Test
    void givenTheContractExample_whenAskedForThePreviousInterval_thenItIsReportedAsTheExampleAndCountsFourWholeDays() {
        StatsWindow previous = EXAMPLE.previous();

        assertThat(previous.start().plainText()).isEqualTo("1586156401");
        assertThat(previous.end().plainText()).isEqualTo("1586502000");
        assertThat(previous.counted()).isEqualTo(new TimeRange((1586502000L - 4 * 86400) * 1000, 1586502000_000L));
    }

    @Test
    void givenTheContractExample_whenAskedForBuckets_thenTheirBoundariesReadAsTheExampleWritesThem() {
        List<String> starts = EXAMPLE.buckets().stream().map(b -> b.start().plainText()).toList();
        List<String> ends = EXAMPLE.buckets().stream().map(b -> b.end().plainText()).toList();

        assertThat(starts).containsExactly("1586502000", "1586540399.8888888", "1586578799.7777777",
                "1586617199.6666667", "1586655599.5555556", "1586693999.4444444", "1586732399.3333333",
                "1586770799.2222223", "1586809199.1111112");
        assertThat(ends).containsExactly("1586540399.8888888", "1586578799.7777777", "1586617199.6666667",
                "1586655599.5555556", "1586693999.4444444", "1586732399.3333333", "1586770799.2222223",
                "1586809199.1111112", "1586847599");
    }

    @Test
    void givenBucketsWithFractionalStarts_whenCounting_thenEachStartsAtItsFirstWholeMillisecondAndTheyTileTheAggregate() {
        List<StatsWindow> buckets = EXAMPLE.buckets();

        assertThat(buckets.get(1).counted().fromMillis()).isEqualTo(1586540399889L);
        assertThat(buckets.get(0).counted().fromMillis()).isEqualTo(EXAMPLE.aggregate().counted().fromMillis());
        assertThat(buckets.get(8).counted().untilMillis()).isEqualTo(EXAMPLE.aggregate().counted().untilMillis());
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(buckets.get(i).counted().fromMillis()).isEqualTo(buckets.get(i - 1).counted().untilMillis());
        }
    }

    @Test
    void givenASingleDay_whenAskedForItsSpan_thenItIsOneDayLong() {
        ReportingPeriod day = ReportingPeriod.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), UtcOffset.UTC);

        assertThat(day.days()).isEqualTo(1);
        assertThat(day.aggregate().counted().untilMillis() - day.aggregate().counted().fromMillis()).isEqualTo(86_400_000L);
    }

    @Test
    void givenToDateBeforeFromDate_whenMakingThePeriod_thenTheContractsMessageNamesTheProblem() {
        assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(2020, 4, 13), LocalDate.of(2020, 4, 10), UtcOffset.UTC))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("To Date cannot be before From Date");
    }
}
