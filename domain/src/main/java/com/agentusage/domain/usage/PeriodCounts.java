package com.agentusage.domain.usage;

import com.agentusage.domain.period.ReportingPeriod;
import java.util.List;
import java.util.Objects;

/** The counts of every window of a reporting period: previous interval, aggregate, and the nine buckets in order. */
public record PeriodCounts(WindowCounts previous, WindowCounts aggregate, List<WindowCounts> buckets) {

    public PeriodCounts {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(aggregate, "aggregate");
        buckets = List.copyOf(buckets);
        if (buckets.size() != ReportingPeriod.BUCKETS) {
            throw new IllegalArgumentException("a period has " + ReportingPeriod.BUCKETS + " buckets, got " + buckets.size());
        }
    }
}
