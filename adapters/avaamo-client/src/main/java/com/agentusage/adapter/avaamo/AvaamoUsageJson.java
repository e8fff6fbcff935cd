package com.agentusage.adapter.avaamo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** The upstream's usage.json, as the contract shapes it. Boxed numbers, so that a missing field is seen. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AvaamoUsageJson(
        @JsonProperty("aggregate_stats") Window aggregateStats,
        @JsonProperty("previous_interval_stats") Window previousIntervalStats,
        @JsonProperty("stats") List<Window> stats) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Window(
            @JsonProperty("start_time") BigDecimal startTime,
            @JsonProperty("end_time") BigDecimal endTime,
            @JsonProperty("session_count") Long sessionCount,
            @JsonProperty("messages_count") Long messagesCount,
            @JsonProperty("unhandled_messages_count") Long unhandledMessagesCount,
            @JsonProperty("successful_responses_count") Long successfulResponsesCount,
            @JsonProperty("ambiguous_messages_count") Long ambiguousMessagesCount,
            @JsonProperty("interventions_count") Long interventionsCount,
            @JsonProperty("success_rate_count") Long successRateCount) {
    }
}
