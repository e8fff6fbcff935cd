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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventBatchJsonTest {

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
                  {"id": "x", "type": "intervention", "session_id": "s", "timestamp": 1e99}]}"""))
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
    void givenMoreEventsThanABatchHolds_whenParsed_thenItIsTooLargeAtTheFirstEventTooMany() {
        String body = "{\"events\": [" + "null,".repeat(EventBatch.MAX_EVENTS) + "null, this is never read";

        assertThatThrownBy(() -> parse(body)).isInstanceOf(BatchTooLargeException.class)
                .hasMessage("a batch holds at most 10000 events");
    }

    @Test
    void givenTwoObjectsOneAfterTheOther_whenParsed_thenTheBodyIsRefusedRatherThanHalfRead() {
        assertThatThrownBy(() -> parse(batch(event("a")) + batch(event("b"))))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("The request body must hold one JSON object and nothing after it");
        assertThatThrownBy(() -> parse(batch(event("a")) + " x")).isInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("The request body is not valid JSON (line 1, column");
    }

    @Test
    void givenAKeyTwiceInOneObject_whenParsed_thenTheBodyIsRefusedRatherThanTheLastWinning() {
        assertThatThrownBy(() -> parse("{\"events\": [{\"id\": \"first\", \"id\": \"last\", \"type\": \"intervention\","
                + " \"session_id\": \"s\", \"timestamp\": 1}]}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessageStartingWith("The request body repeats a key within one object (line 1, column");
        assertThatThrownBy(() -> parse("{\"events\": [], \"events\": []}")).isInstanceOf(MalformedBodyException.class);
    }

    @Test
    void givenAnOverlongUtf8Encoding_whenParsed_thenTheBodyIsRefusedRatherThanDecodedAsAnotherCharacter() {
        byte[] body = batch(event("a#")).getBytes(StandardCharsets.UTF_8);
        int hash = indexOf(body, (byte) '#');
        byte[] overlong = new byte[body.length + 1];
        System.arraycopy(body, 0, overlong, 0, hash);
        overlong[hash] = (byte) 0xC0;
        overlong[hash + 1] = (byte) 0xAF;
        System.arraycopy(body, hash + 1, overlong, hash + 2, body.length - hash - 1);

        assertThatThrownBy(() -> EventBatchJson.read(new ByteArrayInputStream(overlong)))
                .isInstanceOf(MalformedBodyException.class).hasMessage("The request body is not valid UTF-8 text");
    }

    @Test
    void givenNestingDeeperThanTheLimit_whenParsed_thenItIsRefusedInOurWords() {
        String deep = "[".repeat(EventBatchJson.MAX_NESTING) + "]".repeat(EventBatchJson.MAX_NESTING);

        assertThatThrownBy(() -> parse("{\"events\": [{\"extra\": " + deep + "}]}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("The request body is nested deeper than 16 levels");
    }

    @Test
    void givenNumbersAndStringsBeyondTheParsersLimits_whenParsed_thenEachIsRefusedInOurWords() {
        assertThatThrownBy(() -> parse("{\"events\": [{\"timestamp\": 1" + "0".repeat(1_000) + "}]}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("The request body holds a number longer than 1000 characters");
        assertThatThrownBy(() -> parse("{\"events\": [{\"id\": \"" + "x".repeat(1_001) + "\"}]}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("The request body holds a string longer than 1000 characters");
        assertThatThrownBy(() -> parse("{\"events\": [], \"" + "k".repeat(1_001) + "\": 1}"))
                .isInstanceOf(MalformedBodyException.class)
                .hasMessage("The request body holds a key longer than 1000 characters");
        assertThatThrownBy(() -> parse("{\"events\": [{\"timestamp\": NaN}]}"))
                .isInstanceOf(MalformedBodyException.class).hasMessageNotContaining("Feature").hasMessageNotContaining("`");
    }

    @Test
    void givenLongStringsInFieldsThisServiceDoesNotRead_whenParsed_thenTheyAreSkipped() throws Exception {
        EventBatch batch = parse("{\"sender\": \"" + "x".repeat(100_000) + "\", \"events\": [{\"note\": \""
                + "y".repeat(100_000) + "\", \"id\": \"a\", \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": 1}]}");

        assertThat(batch.size()).isEqualTo(1);
    }

    @Test
    void givenHostileTimestampsAndIdentifiers_whenParsed_thenEachEventIsRefusedNamingItsField() {
        assertThatThrownBy(() -> parse(batch(
                "{\"id\": \"a\", \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": 1e-100000000}",
                "{\"id\": \"a\\ud800\", \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": 1}",
                "{\"id\": \"b\", \"type\": \"intervention\", \"session_id\": \"ls-\\udbff\", \"timestamp\": 1}",
                "{\"id\": \"c\\u0000\", \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": 1}",
                "{\"id\": 5, \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": \"1\"}")))
                .isInstanceOfSatisfying(InvalidEventsException.class, e -> assertThat(e.problems()).containsExactly(
                        new EventProblem(0, "timestamp must be written in at most 64 characters, with an exponent of at most two digits"),
                        new EventProblem(1, "id must be well-formed Unicode: it holds a lone surrogate"),
                        new EventProblem(2, "session_id must be well-formed Unicode: it holds a lone surrogate"),
                        new EventProblem(3, "id must not contain control characters"),
                        new EventProblem(4, "id must be a string")));
    }

    private static String event(String id) {
        return "{\"id\": \"" + id + "\", \"type\": \"intervention\", \"session_id\": \"s\", \"timestamp\": 1}";
    }

    private static String batch(String... events) {
        return "{\"events\": [" + String.join(", ", events) + "]}";
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
