package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.WindowCounts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the upstream's answer into the domain's counts, or into the reason it cannot. A report is taken only
 * when it is for the period asked and its numbers obey the domain's invariants; mismatched ambiguous messages
 * are not published and follow from successful + ambiguous - success_rate_count. Counts are read strictly, as
 * the non-negative JSON integers the contract publishes: 2.7 is not cut to 2, nor is "3" taken for 3.
 */
final class AvaamoUsageReader {

    private static final int UNPROCESSABLE = 422;
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build()
            .readerFor(AvaamoUsageJson.class);

    private AvaamoUsageReader() {
    }

    /** Whether the answer's body is read for this status: the report, or the upstream's reason for a 422. */
    static boolean needsBody(int status) {
        return status == 200 || status == UNPROCESSABLE;
    }

    static PeriodCounts read(int status, byte[] body, ReportingPeriod period) {
        if (status != 200) {
            throw UpstreamException.failed("The upstream answered " + status + describe(status, body));
        }
        AvaamoUsageJson json;
        try {
            json = READER.readValue(body);
        } catch (JsonMappingException e) {
            throw malformed(e.getPath().isEmpty() ? "it is not a JSON object"
                    : "'" + where(e.getPath()) + "' is not of the contract's type (counts are non-negative integers)");
        } catch (IOException e) {
            throw UpstreamException.failed("The upstream's usage report is not valid JSON");
        }
        try {
            return counts(json, period);
        } catch (IllegalArgumentException e) {
            throw malformed(e.getMessage());
        }
    }

    private static UpstreamException malformed(String problem) {
        return UpstreamException.failed("The upstream's usage report is malformed: " + problem);
    }

    private static String where(List<JsonMappingException.Reference> path) {
        return path.stream().map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String describe(int status, byte[] body) {
        return switch (status) {
            case 401, 403 -> ": the upstream token configured for this agent is not accepted";
            case 404 -> ": the upstream does not know the configured agent";
            case UNPROCESSABLE -> UpstreamErrorText.of(body).map(reason -> ": " + reason).orElse("");
            default -> status >= 500 ? ": the upstream failed" : "";
        };
    }

    private static PeriodCounts counts(AvaamoUsageJson json, ReportingPeriod period) {
        require(json != null && json.aggregateStats() != null, "aggregate_stats is missing");
        require(json.previousIntervalStats() != null, "previous_interval_stats is missing");
        require(json.stats() != null && json.stats().size() == ReportingPeriod.BUCKETS,
                "stats must hold " + ReportingPeriod.BUCKETS + " windows");
        requireSameWindow(json.aggregateStats(), period.aggregate());
        List<WindowCounts> buckets = json.stats().stream().map(AvaamoUsageReader::counts).toList();
        return new PeriodCounts(counts(json.aggregateStats()), counts(json.previousIntervalStats()), buckets);
    }

    private static void requireSameWindow(AvaamoUsageJson.Window window, StatsWindow expected) {
        require(window.startTime() != null && window.endTime() != null, "aggregate_stats has no start_time or end_time");
        boolean same = window.startTime().compareTo(new BigDecimal(expected.start().plainText())) == 0
                && window.endTime().compareTo(new BigDecimal(expected.end().plainText())) == 0;
        require(same, "it covers " + window.startTime().toPlainString() + ".." + window.endTime().toPlainString()
                + ", not the period asked (" + expected.start() + ".." + expected.end() + ")");
    }

    private static WindowCounts counts(AvaamoUsageJson.Window window) {
        require(window != null, "a window is null");
        return WindowCounts.fromPublished(field(window.sessionCount(), "session_count"),
                field(window.messagesCount(), "messages_count"),
                field(window.unhandledMessagesCount(), "unhandled_messages_count"),
                field(window.successfulResponsesCount(), "successful_responses_count"),
                field(window.ambiguousMessagesCount(), "ambiguous_messages_count"),
                field(window.interventionsCount(), "interventions_count"),
                field(window.successRateCount(), "success_rate_count"));
    }

    private static long field(Long value, String name) {
        require(value != null, name + " is missing");
        require(value >= 0, name + " must not be negative, got " + value);
        return value;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
