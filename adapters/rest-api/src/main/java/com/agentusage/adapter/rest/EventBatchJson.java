package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.BatchTooLargeException;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.EventTimes;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.Outcome;
import com.agentusage.domain.event.SessionId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads the body of events.json into a batch. Every event is checked, and a batch with any invalid event
 * is rejected whole, naming each invalid event by its index.
 */
final class EventBatchJson {

    /** At most this many bytes are read: 10,000 events of a few hundred bytes each fit with room to spare. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    // Exact decimals: 1586502000.001 read as a double would lose its millisecond.
    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).reader();

    private EventBatchJson() {
    }

    /**
     * Reads a request body into a batch. Anything that is not JSON, however it fails to be (bad syntax, bytes that
     * are no text, numbers no decimal can hold), is a {@link MalformedBodyException}; reading stops after
     * {@link #MAX_BODY_BYTES}.
     */
    static EventBatch read(InputStream body) throws BodyTooLargeException {
        InputStream bounded;
        JsonNode json;
        try {
            bounded = BoundedInputStream.builder().setInputStream(body).setMaxCount(MAX_BODY_BYTES + 1)
                    .setOnMaxCount((max, count) -> {
                        throw new BodyTooLargeException(MAX_BODY_BYTES);
                    }).get();
            json = READER.readTree(bounded);
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException(e.getOriginalMessage());
        } catch (IOException | NumberFormatException e) {
            throw new MalformedBodyException(e.getMessage());
        }
        return parse(json);
    }

    static EventBatch parse(JsonNode body) {
        JsonNode events = body == null ? null : body.get("events");
        if (events == null || !events.isArray()) {
            throw new InvalidParameterException("events", "the body must be a JSON object with an \"events\" array");
        }
        if (events.size() > EventBatch.MAX_EVENTS) {
            throw new BatchTooLargeException(events.size());
        }
        List<AgentEvent> parsed = new ArrayList<>(events.size());
        List<EventProblem> problems = new ArrayList<>();
        for (int index = 0; index < events.size(); index++) {
            try {
                parsed.add(event(events.get(index)));
            } catch (InvalidParameterException e) {
                problems.add(new EventProblem(index, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventsException(problems);
        }
        return EventBatch.of(parsed);
    }

    private static AgentEvent event(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidParameterException("event", "each event must be a JSON object");
        }
        EventId id = EventId.of(text(json, "id"));
        SessionId session = SessionId.of(text(json, "session_id"));
        Instant at = instant(json.get("timestamp"));
        return switch (text(json, "type")) {
            case "message" -> Message.of(id, session, at, Outcome.named(text(json, "outcome")),
                    optionalText(json, "disambiguation").map(Disambiguation::named));
            case "intervention" -> {
                rejectPresent(json, "outcome", "an intervention has no outcome");
                rejectPresent(json, "disambiguation", "an intervention has no disambiguation");
                yield new Intervention(id, session, at);
            }
            default -> throw new InvalidParameterException("type", "type must be \"message\" or \"intervention\"");
        };
    }

    private static Instant instant(JsonNode json) {
        if (json == null || !json.isNumber()) {
            throw new InvalidParameterException("timestamp", "timestamp must be a number of seconds since the epoch");
        }
        return EventTimes.fromEpochSeconds(json.decimalValue());
    }

    private static Optional<String> optionalText(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.isTextual() ? value.textValue() : "");
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidParameterException(field, field + " must be a string");
        }
        return value.textValue();
    }

    private static void rejectPresent(JsonNode json, String field, String message) {
        JsonNode value = json.get(field);
        if (value != null && !value.isNull()) {
            throw new InvalidParameterException(field, message);
        }
    }
}
