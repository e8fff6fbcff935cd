package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.BatchTooLargeException;
import com.agentusage.domain.event.EventTimes;
import com.agentusage.domain.period.PeriodPolicy;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Whatever a caller sends, parsing answers with a validation error or a valid value, never another exception.
 * The normal test run replays the committed corpus under src/test/resources; docs/reliability.md says how to
 * fuzz for longer.
 */
class ParsingFuzzTest {

    private static final PeriodPolicy POLICY = PeriodPolicy.withDefaultRange();
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @FuzzTest
    void givenAnyQueryString_whenParsed_thenOnlyValidationErrorsComeOut(FuzzedDataProvider data) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (String name : new String[] {"utc_offset", "from_date", "to_date"}) {
            if (data.consumeBoolean()) {
                query.add(name, data.consumeString(40));
            }
        }
        try {
            var usage = UsageParameters.toQuery(AgentId.of(1), new AccessToken("t"), query);
            POLICY.resolve(usage.from(), usage.to(), usage.offset(), NOW);
        } catch (InvalidParameterException expected) {
            // A validation error is the only acceptable failure.
        }
    }

    @FuzzTest
    void givenAnyBody_whenReadAsABatch_thenOnlyValidationErrorsComeOut(byte[] body) throws BodyTooLargeException {
        readAsABatch(body);
    }

    /**
     * Bodies shaped like batches, where the fuzzer chooses what costs a parser most: numbers with any exponent and
     * long digit strings in the timestamp, and nesting of any depth in a field this service does not read.
     */
    @FuzzTest
    void givenBatchesWithHostileNumbersAndNesting_whenRead_thenOnlyValidationErrorsComeOut(FuzzedDataProvider data)
            throws BodyTooLargeException {
        StringBuilder body = new StringBuilder("{\"events\": [");
        int events = data.consumeInt(1, 20);
        for (int event = 0; event < events; event++) {
            int depth = data.consumeInt(0, 40);
            body.append(event == 0 ? "" : ",").append("{\"id\": \"e").append(event)
                    .append("\", \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": ")
                    .append(number(data)).append(", \"extra\": ").append("[".repeat(depth)).append("]".repeat(depth))
                    .append("}");
        }
        readAsABatch(body.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Any text as a timestamp: refused in words, or read, and never at a cost that grows with its exponent. */
    @FuzzTest
    void givenAnyTimestampText_whenRead_thenOnlyValidationErrorsComeOut(FuzzedDataProvider data) {
        try {
            EventTimes.parseEpochSeconds(data.consumeBoolean() ? number(data) : data.consumeRemainingAsString());
        } catch (InvalidParameterException expected) {
            // What both events.json and the CSV import answer as the event's error.
        }
    }

    private static String number(FuzzedDataProvider data) {
        String digits = "1234567890".repeat(20).substring(0, data.consumeInt(1, 200));
        String fraction = data.consumeBoolean() ? "." + digits.substring(0, data.consumeInt(1, digits.length())) : "";
        String exponent = data.consumeBoolean() ? "e" + data.consumeLong() : "";
        return (data.consumeBoolean() ? "-" : "") + digits + fraction + exponent;
    }

    private static void readAsABatch(byte[] body) throws BodyTooLargeException {
        try {
            EventBatchJson.read(new ByteArrayInputStream(body));
        } catch (MalformedBodyException | InvalidParameterException | InvalidEventsException | BatchTooLargeException expected) {
            // Not JSON, or not a valid batch: what events.json answers with 400, 422 or 413.
        }
    }
}
