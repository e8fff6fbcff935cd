package com.agentusage.domain.period;

import java.time.LocalDate;
import java.util.Random;

/** Seeded random reporting periods: any offset in range, any start, mostly short ranges, sometimes a year. */
public final class RandomPeriods {

    private RandomPeriods() {
    }

    public static ReportingPeriod next(Random random) {
        int offset = UtcOffset.MIN_SECONDS + random.nextInt(UtcOffset.MAX_SECONDS - UtcOffset.MIN_SECONDS + 1);
        LocalDate from = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(365 * 30));
        int days = random.nextInt(10) == 0 ? 1 + random.nextInt(PeriodPolicy.DEFAULT_MAX_DAYS) : 1 + random.nextInt(14);
        return ReportingPeriod.of(from, from.plusDays(days - 1), UtcOffset.ofSeconds(offset));
    }
}
