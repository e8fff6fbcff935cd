package com.agentusage.adapter.rest;

import com.agentusage.domain.usage.WindowCounts;
import com.agentusage.domain.usage.WindowStats;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One window as the contract writes it, keys in the contract's order. Times are BigDecimals made from the
 * domain's plain text, so they are written exactly so (1586540399.8888888), never in exponent notation.
 */
@JsonPropertyOrder({"start_time", "end_time", "session_count", "messages_count", "unhandled_messages_count",
        "successful_responses_count", "ambiguous_messages_count", "interventions_count", "success_rate_count",
        "success_rate"})
record WindowStatsJson(
        @JsonProperty("start_time") BigDecimal startTime,
        @JsonProperty("end_time") BigDecimal endTime,
        @JsonProperty("session_count") long sessionCount,
        @JsonProperty("messages_count") long messagesCount,
        @JsonProperty("unhandled_messages_count") long unhandledMessagesCount,
        @JsonProperty("successful_responses_count") long successfulResponsesCount,
        @JsonProperty("ambiguous_messages_count") long ambiguousMessagesCount,
        @JsonProperty("interventions_count") long interventionsCount,
        @JsonProperty("success_rate_count") long successRateCount,
        @JsonProperty("success_rate") Double successRate) {

    static WindowStatsJson from(WindowStats stats) {
        WindowCounts counts = stats.counts();
        return new WindowStatsJson(
                new BigDecimal(stats.window().start().plainText()),
                new BigDecimal(stats.window().end().plainText()),
                counts.sessions(), counts.messages(), counts.unhandled(), counts.successful(), counts.ambiguous(),
                counts.interventions(), counts.successRateCount(),
                // A two-decimal rate read as a double prints as the contract does: 91.22, 93.6.
                counts.successRate().map(rate -> rate.setScale(2, RoundingMode.UNNECESSARY).doubleValue()).orElse(null));
    }

    /** The contract's keys, in its order. */
    static List<String> keys() {
        return List.of(WindowStatsJson.class.getAnnotation(JsonPropertyOrder.class).value());
    }

    /** Each value as usage.json writes it, in the order of {@link #keys()}; no success rate is an empty text. */
    List<String> texts() {
        return List.of(startTime.toPlainString(), endTime.toPlainString(), Long.toString(sessionCount),
                Long.toString(messagesCount), Long.toString(unhandledMessagesCount), Long.toString(successfulResponsesCount),
                Long.toString(ambiguousMessagesCount), Long.toString(interventionsCount), Long.toString(successRateCount),
                successRate == null ? "" : successRate.toString());
    }
}
