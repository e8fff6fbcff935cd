package com.agentusage.adapter.rest;

import com.agentusage.domain.usage.UsageReport;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The body of usage.json. */
@JsonPropertyOrder({"aggregate_stats", "previous_interval_stats", "stats"})
record UsageReportJson(
        @JsonProperty("aggregate_stats") WindowStatsJson aggregateStats,
        @JsonProperty("previous_interval_stats") WindowStatsJson previousIntervalStats,
        @JsonProperty("stats") List<WindowStatsJson> stats) {

    static UsageReportJson from(UsageReport report) {
        return new UsageReportJson(WindowStatsJson.from(report.aggregate()), WindowStatsJson.from(report.previous()),
                report.buckets().stream().map(WindowStatsJson::from).toList());
    }
}
