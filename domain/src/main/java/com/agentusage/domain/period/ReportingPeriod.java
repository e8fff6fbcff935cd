package com.agentusage.domain.period;

import com.agentusage.domain.InvalidParameterException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The local days a caller asks about, from {@code from} to {@code to} inclusive, at the caller's offset.
 * It yields the report's windows: the aggregate, the previous interval and nine buckets.
 */
public record ReportingPeriod(LocalDate from, LocalDate to, UtcOffset offset) {

    public static final int BUCKETS = 9;
    public static final String TO_BEFORE_FROM = "To Date cannot be before From Date";

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long MILLIS_PER_SECOND = 1_000;
    private static final BigDecimal MILLIS = BigDecimal.valueOf(MILLIS_PER_SECOND);

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(offset, "offset");
        if (to.isBefore(from)) {
            throw new InvalidParameterException("to_date", TO_BEFORE_FROM);
        }
    }

    public static ReportingPeriod of(LocalDate from, LocalDate to, UtcOffset offset) {
        return new ReportingPeriod(from, to, offset);
    }

    /** Whole local days in the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** From the first second of from_date to the last whole second of to_date; counts the whole last second too. */
    public StatsWindow aggregate() {
        return new StatsWindow(EpochSeconds.of(startSecond()), EpochSeconds.of(endSecond()),
                new TimeRange(startSecond() * MILLIS_PER_SECOND, endExclusiveMillis()));
    }

    /**
     * Reported as the contract does, ending where the aggregate starts and as long as its reported span;
     * counted over the same number of whole local days before from_date.
     */
    public StatsWindow previous() {
        long start = startSecond();
        long reportedStart = start - (endSecond() - start);
        long countedStart = start - days() * SECONDS_PER_DAY;
        return new StatsWindow(EpochSeconds.of(reportedStart), EpochSeconds.of(start),
                new TimeRange(countedStart * MILLIS_PER_SECOND, start * MILLIS_PER_SECOND));
    }

    /**
     * Nine buckets: bucket i starts at start + i * ((end - start) / 9) in double arithmetic, as the contract
     * reports it. Each counts the half-open range from its first whole millisecond at or after its start, so
     * consecutive buckets share no instant and together cover exactly the aggregate.
     */
    public List<StatsWindow> buckets() {
        long start = startSecond();
        long end = endSecond();
        double step = (double) (end - start) / BUCKETS;
        List<StatsWindow> buckets = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            boolean last = i == BUCKETS - 1;
            double bucketStart = start + i * step;
            double bucketEnd = last ? end : start + (i + 1) * step;
            long fromMillis = firstMillisAtOrAfter(bucketStart);
            long untilMillis = last ? endExclusiveMillis() : firstMillisAtOrAfter(bucketEnd);
            buckets.add(new StatsWindow(new EpochSeconds(bucketStart), new EpochSeconds(bucketEnd),
                    new TimeRange(fromMillis, untilMillis)));
        }
        return List.copyOf(buckets);
    }

    private long startSecond() {
        return from.atStartOfDay().toEpochSecond(offset.zoneOffset());
    }

    private long endSecond() {
        return endExclusiveMillis() / MILLIS_PER_SECOND - 1;
    }

    private long endExclusiveMillis() {
        return to.plusDays(1).atStartOfDay().toEpochSecond(offset.zoneOffset()) * MILLIS_PER_SECOND;
    }

    // Exact: a double is a binary fraction, so BigDecimal holds it without rounding.
    private static long firstMillisAtOrAfter(double epochSeconds) {
        return new BigDecimal(epochSeconds).multiply(MILLIS).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
