package com.agentusage.domain.usage;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The contract's answer: the aggregate window, the previous interval and nine buckets, each with its counts. */
public record UsageReport(WindowStats aggregate, WindowStats previous, List<WindowStats> buckets) {

    public UsageReport {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(previous, "previous");
        buckets = List.copyOf(buckets);
        if (buckets.size() != ReportingPeriod.BUCKETS) {
            throw new IllegalArgumentException("a report has " + ReportingPeriod.BUCKETS + " buckets, got " + buckets.size());
        }
    }

    public static UsageReport of(ReportingPeriod period, PeriodCounts counts) {
        List<StatsWindow> windows = period.buckets();
        List<WindowStats> buckets = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            buckets.add(new WindowStats(windows.get(i), counts.buckets().get(i)));
        }
        return new UsageReport(new WindowStats(period.aggregate(), counts.aggregate()),
                new WindowStats(period.previous(), counts.previous()), buckets);
    }
}
