package com.agentusage.adapter.rest;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.UsageReport;
import com.agentusage.domain.usage.WindowCounts;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract's example request (from 10/04/2020 to 13/04/2020 at utc_offset -25200) with its counts, as
 * raw counts; the OpenAPI document shows the report our own code renders from them.
 */
final class ContractExample {

    static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13),
            UtcOffset.ofSeconds(-25200));

    /** Per window: sessions, messages, unhandled, ambiguous, mismatched, interventions. */
    private static final PeriodCounts COUNTS = new PeriodCounts(
            new WindowCounts(8123, 50138, 2297, 2105, 208, 0),
            new WindowCounts(15094, 82686, 4745, 3928, 326, 0),
            List.of(new WindowCounts(2209, 11852, 525, 596, 72, 0),
                    new WindowCounts(490, 1927, 168, 70, 7, 0),
                    new WindowCounts(1821, 11481, 414, 488, 36, 0),
                    new WindowCounts(592, 3956, 153, 100, 9, 0),
                    new WindowCounts(1491, 8339, 433, 331, 36, 0),
                    new WindowCounts(1064, 4568, 240, 200, 12, 0),
                    new WindowCounts(1429, 7031, 330, 280, 34, 0),
                    new WindowCounts(225, 985, 34, 40, 2, 0),
                    WindowCounts.ZERO));

    private ContractExample() {
    }

    static UsageReportJson response() {
        return UsageReportJson.from(UsageReport.of(PERIOD, COUNTS));
    }
}
