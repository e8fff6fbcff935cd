package com.agentusage.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.period.UtcOffset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reproduces every window of the contract's example response (from 10/04/2020 to 13/04/2020 at
 * utc_offset -25200): reported boundaries, as written, and every derived metric from the raw counts.
 */
class ContractExampleTest {

    /** One published window: start, end, then the contract's fields in its order. */
    private record Published(String start, String end, long sessions, long messages, long unhandled, long successful,
                             long ambiguous, long interventions, long successRateCount, String successRate) {
    }

    private static final Published AGGREGATE = new Published("1586502000", "1586847599",
            8123, 50138, 2297, 45736, 2105, 0, 47633, "91.22");
    private static final Published PREVIOUS = new Published("1586156401", "1586502000",
            15094, 82686, 4745, 74013, 3928, 0, 77615, "89.51");
    private static final List<Published> BUCKETS = List.of(
            new Published("1586502000", "1586540399.8888888", 2209, 11852, 525, 10731, 596, 0, 11255, "90.54"),
            new Published("1586540399.8888888", "1586578799.7777777", 490, 1927, 168, 1689, 70, 0, 1752, "87.65"),
            new Published("1586578799.7777777", "1586617199.6666667", 1821, 11481, 414, 10579, 488, 0, 11031, "92.14"),
            new Published("1586617199.6666667", "1586655599.5555556", 592, 3956, 153, 3703, 100, 0, 3794, "93.6"),
            new Published("1586655599.5555556", "1586693999.4444444", 1491, 8339, 433, 7575, 331, 0, 7870, "90.84"),
            new Published("1586693999.4444444", "1586732399.3333333", 1064, 4568, 240, 4128, 200, 0, 4316, "90.37"),
            new Published("1586732399.3333333", "1586770799.2222223", 1429, 7031, 330, 6421, 280, 0, 6667, "91.32"),
            new Published("1586770799.2222223", "1586809199.1111112", 225, 985, 34, 911, 40, 0, 949, "92.49"),
            new Published("1586809199.1111112", "1586847599", 0, 0, 0, 0, 0, 0, 0, null));

    @Test
    void givenTheExamplesRawCounts_whenReported_thenAllElevenWindowsReadExactlyAsTheExample() {
        ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13),
                UtcOffset.ofSeconds(-25200));
        PeriodCounts counts = new PeriodCounts(raw(AGGREGATE), raw(PREVIOUS), BUCKETS.stream().map(ContractExampleTest::raw).toList());

        UsageReport report = UsageReport.of(period, counts);

        List<Published> expected = new ArrayList<>(List.of(AGGREGATE, PREVIOUS));
        expected.addAll(BUCKETS);
        List<WindowStats> actual = new ArrayList<>(List.of(report.aggregate(), report.previous()));
        actual.addAll(report.buckets());
        assertThat(actual.stream().map(ContractExampleTest::published).toList()).containsExactlyElementsOf(expected);
    }

    private static WindowCounts raw(Published p) {
        return WindowCounts.fromPublished(p.sessions(), p.messages(), p.unhandled(), p.successful(), p.ambiguous(),
                p.interventions(), p.successRateCount());
    }

    private static Published published(WindowStats stats) {
        StatsWindow window = stats.window();
        WindowCounts c = stats.counts();
        Optional<String> rate = c.successRate().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString);
        return new Published(window.start().plainText(), window.end().plainText(), c.sessions(), c.messages(),
                c.unhandled(), c.successful(), c.ambiguous(), c.interventions(), c.successRateCount(), rate.orElse(null));
    }
}
