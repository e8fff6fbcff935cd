package com.agentusage.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.BatchTooLargeException;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventBatchJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static EventBatch parse(String json) throws BodyTooLargeException {
        return EventBatchJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenTheIssuesExampleBatch_whenParsed_thenEachEventKeepsItsKindSessionAndMillisecond() throws Exception {
        EventBatch batch = parse("""
                {"events": [
                  {"id": "m-1", "type": "message", "session_id": "s-1", "timestamp": 1586502000.25, "outcome": "successful"},
                  {"id": "m-2", "type": "message", "session_id": "s-1", "timestamp": 1586502100, "outcome": "ambiguous", "disambiguation": "none_of_the_above"},
                  {"id": "m-3", "type": "message", "session_id": "s-1", "timestamp": 1586502100, "outcome": "ambiguous"},
                  {"id": "i-1", "type": "intervention", "session_id": "s-2", "timestamp": 1586502300}]}""");

        assertThat(batch.events()).hasSize(4);
        Message first = (Message) batch.events().get(0);
        assertThat(first.at()).isEqualTo(Instant.ofEpochMilli(1586502000250L));
        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESSFUL);
        assertThat(((Message) batch.events().get(1)).disambiguation()).contains(Disambiguation.NONE_OF_THE_ABOVE);
        assertThat(((Message) batch.events().get(2)).disambiguation()).isEqualTo(Optional.of(Disambiguation.NO_SELECTION));
        assertThat(batch.events().get(3)).isInstanceOf(Intervention.class);
    }

    @Test
    void givenATimestampWithMoreThanMillisecondPrecision_whenParsed_thenItIsCutToTheMillisecondNotRounded() throws Exception {
        EventBatch batch = parse("""
                {"events": [{"id": "a", "type": "intervention", "session_id": "s", "timestamp": 1586847599.9999},
                            {"id": "b", "type": "intervention", "session_id": "s", "timestamp": 1586502000.001}]}""");

        assertThat(batch.events().get(0).epochMillis()).isEqualTo(1586847599999L);
        assertThat(batch.events().get(1).epochMillis()).isEqualTo(1586502000001L);
    }

    @Test
    void givenSeveralInvalidEvents_whenParsed_thenEachIsNamedByItsIndex() {
        assertThatThrownBy(() -> parse("""
                {"events": [
                  {"id": "ok", "type": "intervention", "session_id": "s", "timestamp": 1},
                  "not an object",
                  {"id": "", "type": "intervention", "session_id": "s", "timestamp": 1},
                  {"id": "x", "type": "intervention", "session_id": "s", "timestamp": -1},
                  {"id": "x", "type": "message", "session_id": "s", "timestamp": 1, "outcome": "successful", "disambiguation": "no_selection"},
                  {"id": "x", "type": "intervention", "session_id": "s", "timestamp": "1"},
                  {"id": "x", "type": "message", "session_id": "s", "timestamp": 1, "outcome": "ambiguous", "disambiguation": "maybe"},
                  {"id": "x", "type": "intervention", "session_id": "s", "timestamp": 1e300}]}"""))
                .isInstanceOfSatisfying(InvalidEventsException.class, e -> assertThat(e.problems()).containsExactly(
                        new EventProblem(1, "each event must be a JSON object"),
                        new EventProblem(2, "id must not be empty"),
                        new EventProblem(3, "timestamp must be between 0 and 253402300799"),
                        new EventProblem(4, "only an ambiguous message has a disambiguation"),
                        new EventProblem(5, "timestamp must be a number of seconds since the epoch"),
                        new EventProblem(6, "disambiguation must be \"option_selected\", \"none_of_the_above\" or \"no_selection\""),
                        new EventProblem(7, "timestamp must be between 0 and 253402300799")));
    }

    @Test
    void givenABodyWithoutAnEventsArray_whenParsed_thenTheBodyIsRejected() {
        assertThatThrownBy(() -> parse("{\"events\": {}}")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> parse("[]")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> parse("{\"events\": [")).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void givenMoreEventsThanABatchHolds_whenParsed_thenItIsTooLargeBeforeAnyEventIsRead() {
        JsonNode body = MAPPER.createObjectNode().set("events",
                MAPPER.createArrayNode().addAll(Collections.nCopies(EventBatch.MAX_EVENTS + 1, MAPPER.nullNode())));

        assertThatThrownBy(() -> EventBatchJson.parse(body)).isInstanceOf(BatchTooLargeException.class);
    }
}
