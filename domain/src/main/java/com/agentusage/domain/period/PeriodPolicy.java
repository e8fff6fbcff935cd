package com.agentusage.domain.period;

import com.agentusage.domain.InvalidParameterException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what a caller asked for into a reporting period: the contract's defaults (to_date is today at
 * the caller's offset, from_date three days before to_date) and the longest range this service serves.
 */
public record PeriodPolicy(int maxDays) {

    public static final int DEFAULT_MAX_DAYS = 366;
    private static final int DEFAULT_LOOKBACK_DAYS = 3;

    public PeriodPolicy {
        if (maxDays < 1) {
            throw new IllegalArgumentException("the maximum range must be at least one day, got " + maxDays);
        }
    }

    public static PeriodPolicy withDefaultRange() {
        return new PeriodPolicy(DEFAULT_MAX_DAYS);
    }

    public ReportingPeriod resolve(Optional<LocalDate> from, Optional<LocalDate> to, UtcOffset offset, Instant now) {
        Objects.requireNonNull(now, "now");
        LocalDate toDate = to.orElseGet(() -> LocalDate.ofInstant(now, offset.zoneOffset()));
        LocalDate fromDate = from.orElseGet(() -> toDate.minusDays(DEFAULT_LOOKBACK_DAYS));
        ReportingPeriod period = ReportingPeriod.of(fromDate, toDate, offset);
        if (period.days() > maxDays) {
            throw new InvalidParameterException("from_date",
                    "from_date to to_date spans " + period.days() + " days; at most " + maxDays + " are allowed");
        }
        return period;
    }
}
