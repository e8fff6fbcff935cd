package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.BatchTooLargeException;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventTimes;
import com.agentusage.domain.event.SentEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads the body of events.json into a batch, as a stream, one event at a time: memory stays bounded by the
 * limits below whatever is sent, and each limit is refused as soon as it is crossed. Every event's fields are
 * read by the domain's rule ({@link SentEvent}), and a batch with any invalid event is rejected whole, naming
 * each invalid event by its index.
 */
final class EventBatchJson {

    /** At most this many bytes are read: 10,000 events of a few hundred bytes each fit with room to spare. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    /** A batch is three levels deep (object, array, event); anything a sender adds inside an event has 13 more. */
    static final int MAX_NESTING = 16;
    /** Longer than any id, outcome or key this service reads; longer strings are only skipped, never held. */
    static final int MAX_STRING_LENGTH = 1_000;
    static final int MAX_NUMBER_LENGTH = 1_000;

    // Strict: a key twice in one object is refused (last-wins would silently drop data).
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING_LENGTH).maxNameLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build();

    private static final Set<String> FIELDS = Set.of("id", "type", "session_id", "timestamp", "outcome", "disambiguation");

    private EventBatchJson() {
    }

    /**
     * Reads a request body into a batch. Anything that is not one JSON object in UTF-8, however it fails to be (bad
     * syntax, bytes that are no UTF-8, a key twice, content after the object), is a {@link MalformedBodyException},
     * and so is a body beyond the nesting, string or number limits; reading stops after {@link #MAX_BODY_BYTES}
     * and after {@link EventBatch#MAX_EVENTS} events.
     */
    static EventBatch read(InputStream body) throws BodyTooLargeException {
        Events events;
        try (JsonParser json = JSON.createParser(utf8(body))) {
            events = events(json);
            if (json.nextToken() != null) {
                throw new MalformedBodyException("The request body must hold one JSON object and nothing after it");
            }
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw JsonProblems.describe(e);
        } catch (CharacterCodingException e) {
            throw JsonProblems.notUtf8();
        } catch (IOException e) {
            throw new MalformedBodyException("The request body could not be read");
        }
        return events.batch();
    }

    /** The events read, and what is wrong with the others: judged once the whole body is known to be JSON. */
    private record Events(List<AgentEvent> valid, List<EventProblem> problems) {

        EventBatch batch() {
            if (!problems.isEmpty()) {
                throw new InvalidEventsException(problems);
            }
            return EventBatch.of(valid);
        }
    }

    /** Text decoded strictly: overlong forms, encoded surrogates and stray bytes are refused, not replaced. */
    private static Reader utf8(InputStream body) {
        InputStream bounded;
        try {
            bounded = BoundedInputStream.builder().setInputStream(body).setMaxCount(MAX_BODY_BYTES + 1)
                    .setOnMaxCount((max, count) -> {
                        throw new BodyTooLargeException(MAX_BODY_BYTES);
                    }).get();
        } catch (IOException e) {
            throw new IllegalStateException("a bounded stream over a given stream is always made", e);
        }
        return new InputStreamReader(bounded, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The body's object: its "events" array read event by event, anything else skipped. */
    private static Events events(JsonParser json) throws IOException {
        Events events = null;
        if (json.nextToken() == JsonToken.START_OBJECT) {
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                boolean isEvents = json.currentName().equals("events");
                if (json.nextToken() == JsonToken.START_ARRAY && isEvents) {
                    events = eventsOfArray(json);
                } else {
                    json.skipChildren();
                }
            }
        }
        if (events == null) {
            throw new InvalidParameterException("events", "the body must be a JSON object with an \"events\" array");
        }
        return events;
    }

    private static Events eventsOfArray(JsonParser json) throws IOException {
        Events events = new Events(new ArrayList<>(), new ArrayList<>());
        for (int index = 0; json.nextToken() != JsonToken.END_ARRAY; index++) {
            if (index == EventBatch.MAX_EVENTS) {
                throw new BatchTooLargeException();
            }
            try {
                events.valid().add(event(json));
            } catch (InvalidParameterException e) {
                events.problems().add(new EventProblem(index, e.getMessage()));
            }
        }
        return events;
    }

    /** One event, its tokens read to its end whatever is wrong with it, so that the next event can be read. */
    private static AgentEvent event(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            json.skipChildren();
            throw new InvalidParameterException("event", "each event must be a JSON object");
        }
        Map<String, String> texts = new HashMap<>();
        InvalidParameterException wrongType = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (!FIELDS.contains(field) || value == JsonToken.VALUE_NULL) {
                // Fields this service does not know are ignored, and null is absent.
                json.skipChildren();
            } else if (field.equals("timestamp") ? value.isNumeric() : value == JsonToken.VALUE_STRING) {
                texts.put(field, json.getText());
            } else {
                json.skipChildren();
                wrongType = wrongType != null ? wrongType : wrongType(field);
            }
        }
        if (wrongType != null) {
            throw wrongType;
        }
        return new SentEvent(texts.get("id"), texts.get("type"), texts.get("session_id"), texts.get("timestamp"),
                texts.get("outcome"), texts.get("disambiguation")).toEvent();
    }

    /** JSON types its values: the timestamp is a number, every other field a string. */
    private static InvalidParameterException wrongType(String field) {
        return field.equals("timestamp") ? new InvalidParameterException(field, EventTimes.NOT_A_NUMBER)
                : new InvalidParameterException(field, field + " must be a string");
    }

}
