package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.BatchTooLargeException;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.SessionId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of events.json into a batch. Every event is checked, and a batch with any invalid event
 * is rejected whole, naming each invalid event by its index.
 */
final class EventBatchJson {

    /** 9999-12-31T23:59:59Z: later timestamps are certainly mistakes, and bounding them keeps arithmetic cheap. */
    private static final BigDecimal LATEST_SECONDS = BigDecimal.valueOf(253_402_300_799L);

    private EventBatchJson() {
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
        String type = text(json, "type");
        return switch (type) {
            case "message" -> message(json, id, session, at);
            case "intervention" -> {
                rejectPresent(json, "outcome", "an intervention has no outcome");
                rejectPresent(json, "disambiguation", "an intervention has no disambiguation");
                yield new Intervention(id, session, at);
            }
            default -> throw new InvalidParameterException("type", "type must be \"message\" or \"intervention\"");
        };
    }

    private static Message message(JsonNode json, EventId id, SessionId session, Instant at) {
        String outcome = text(json, "outcome");
        return switch (outcome) {
            case "successful" -> {
                rejectPresent(json, "disambiguation", "only an ambiguous message has a disambiguation");
                yield Message.successful(id, session, at);
            }
            case "unhandled" -> {
                rejectPresent(json, "disambiguation", "only an ambiguous message has a disambiguation");
                yield Message.unhandled(id, session, at);
            }
            case "ambiguous" -> Message.ambiguous(id, session, at, disambiguation(json.get("disambiguation")));
            default -> throw new InvalidParameterException("outcome",
                    "outcome must be \"successful\", \"unhandled\" or \"ambiguous\"");
        };
    }

    private static Disambiguation disambiguation(JsonNode json) {
        if (json == null || json.isNull()) {
            return Disambiguation.NO_SELECTION;
        }
        return switch (json.isTextual() ? json.textValue() : "") {
            case "option_selected" -> Disambiguation.OPTION_SELECTED;
            case "none_of_the_above" -> Disambiguation.NONE_OF_THE_ABOVE;
            case "no_selection" -> Disambiguation.NO_SELECTION;
            default -> throw new InvalidParameterException("disambiguation",
                    "disambiguation must be \"option_selected\", \"none_of_the_above\" or \"no_selection\"");
        };
    }

    /** Epoch seconds, kept to the millisecond: a finer fraction is cut, so an event stays in the second it happened. */
    private static Instant instant(JsonNode json) {
        if (json == null || !json.isNumber()) {
            throw new InvalidParameterException("timestamp", "timestamp must be a number of seconds since the epoch");
        }
        BigDecimal seconds = json.decimalValue();
        if (seconds.signum() < 0 || seconds.compareTo(LATEST_SECONDS) > 0) {
            throw new InvalidParameterException("timestamp", "timestamp must be between 0 and " + LATEST_SECONDS);
        }
        return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact());
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
