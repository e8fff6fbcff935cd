package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.BatchTooLargeException;
import com.agentusage.domain.period.PeriodPolicy;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
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
        try {
            EventBatchJson.read(new ByteArrayInputStream(body));
        } catch (MalformedBodyException | InvalidParameterException | InvalidEventsException | BatchTooLargeException expected) {
            // Not JSON, or not a valid batch: what events.json answers with 400, 422 or 413.
        }
    }
}
