package com.agentusage.domain.usage;

import com.agentusage.domain.period.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/** The counts of every window of a reporting period: aggregate, previous interval, and the nine buckets in order, as in {@link UsageReport}. */
public record PeriodCounts(WindowCounts aggregate, WindowCounts previous, List<WindowCounts> buckets) {

    public PeriodCounts {
        Objects.requireNonNull(aggregate, "aggregate");
        Objects.requireNonNull(previous, "previous");
        buckets = List.copyOf(buckets);
        if (buckets.size() != ReportingPeriod.BUCKETS) {
            throw new IllegalArgumentException("a period has " + ReportingPeriod.BUCKETS + " buckets, got " + buckets.size());
        }
    }
}
