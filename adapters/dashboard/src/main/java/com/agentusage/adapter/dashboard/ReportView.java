package com.agentusage.adapter.dashboard;

import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.EpochSeconds;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.UsageReport;
import com.agentusage.domain.usage.WindowCounts;
import com.agentusage.domain.usage.WindowStats;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** What the page shows of one agent's report: the period, the six cards, and the nine buckets of chart and table. */
record ReportView(@JsonProperty("period") Period period, @JsonProperty("cards") List<CardView> cards,
                  @JsonProperty("buckets") List<Bucket> buckets) {

    /** The days of the period and of the previous interval, dd/mm/yyyy as the contract writes dates. */
    record Period(@JsonProperty("from_date") String fromDate, @JsonProperty("to_date") String toDate,
                  @JsonProperty("previous_from_date") String previousFromDate,
                  @JsonProperty("previous_to_date") String previousToDate,
                  @JsonProperty("utc_offset") int utcOffset) {

        static Period of(UsageReport report, UtcOffset offset) {
            ZoneOffset zone = offset.zoneOffset();
            StatsWindow period = report.aggregate().window();
            StatsWindow previous = report.previous().window();
            return new Period(firstDay(period, zone), lastDay(period, zone), firstDay(previous, zone),
                    lastDay(previous, zone), offset.seconds());
        }

        // The counted instants, not the reported times: the contract reports the previous interval as
        // starting a second after its first day begins.
        private static String firstDay(StatsWindow window, ZoneOffset zone) {
            return ContractDate.format(Instant.ofEpochMilli(window.counted().fromMillis()).atOffset(zone).toLocalDate());
        }

        private static String lastDay(StatsWindow window, ZoneOffset zone) {
            return ContractDate.format(Instant.ofEpochMilli(window.counted().untilMillis() - 1).atOffset(zone).toLocalDate());
        }
    }

    /** One ninth of the period, its times as usage.json writes them. */
    record Bucket(@JsonProperty("start_time") BigDecimal startTime, @JsonProperty("end_time") BigDecimal endTime,
                  @JsonProperty("sessions") long sessions, @JsonProperty("messages") long messages,
                  @JsonProperty("successful") long successful, @JsonProperty("unhandled") long unhandled,
                  @JsonProperty("ambiguous") long ambiguous, @JsonProperty("interventions") long interventions,
                  @JsonProperty("success_rate") BigDecimal successRate) {

        static Bucket of(WindowStats stats) {
            WindowCounts counts = stats.counts();
            return new Bucket(time(stats.window().start()), time(stats.window().end()), counts.sessions(),
                    counts.messages(), counts.successful(), counts.unhandled(), counts.ambiguous(),
                    counts.interventions(), counts.successRate().orElse(null));
        }

        private static BigDecimal time(EpochSeconds seconds) {
            return new BigDecimal(seconds.plainText());
        }
    }

    static ReportView of(UsageReport report, UtcOffset offset) {
        WindowCounts period = report.aggregate().counts();
        WindowCounts previous = report.previous().counts();
        return new ReportView(Period.of(report, offset),
                Arrays.stream(CardView.Metric.values()).map(metric -> metric.card(period, previous)).toList(),
                report.buckets().stream().map(Bucket::of).toList());
    }
}
