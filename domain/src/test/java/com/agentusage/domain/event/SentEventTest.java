package com.agentusage.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentEventTest {

    private static SentEvent message(String id, String session, String timestamp) {
        return new SentEvent(id, "message", session, timestamp, "successful", null);
    }

    private static void assertRefused(SentEvent sent, String field, String error) {
        assertThatThrownBy(sent::toEvent).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.parameter()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(error);
        });
    }

    @Test
    void givenFieldsOfEveryKind_whenRead_thenEachBecomesItsEvent() {
        assertThat(message("m-1", "s-1", "1586502000.25").toEvent())
                .isEqualTo(Message.successful(EventId.of("m-1"), SessionId.of("s-1"), Instant.ofEpochMilli(1586502000250L)));
        assertThat(new SentEvent("m-2", "message", "s-1", "1586502100", "ambiguous", "none_of_the_above").toEvent())
                .isEqualTo(Message.ambiguous(EventId.of("m-2"), SessionId.of("s-1"), Instant.ofEpochSecond(1586502100),
                        Disambiguation.NONE_OF_THE_ABOVE));
        assertThat(new SentEvent("i-1", "intervention", "s-2", "1.5865023E9", null, null).toEvent())
                .isEqualTo(new Intervention(EventId.of("i-1"), SessionId.of("s-2"), Instant.ofEpochSecond(1586502300)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a\u0000b       | id must not contain control characters",
            "a\u007fb       | id must not contain control characters",
            "a\u0085b       | id must not contain control characters",
            "'a\ud800'      | id must be well-formed Unicode: it holds a lone surrogate",
            "'\udbffb'      | id must be well-formed Unicode: it holds a lone surrogate",
            "'\udc00'       | id must be well-formed Unicode: it holds a lone surrogate",
            "'   '          | id must not be empty"})
    void givenAnIdThatIsNoPrintableUnicodeText_whenRead_thenIdIsRefused(String id, String error) {
        assertRefused(message(id, "s", "1"), "id", error);
    }

    @Test
    void givenASessionIdWithALoneSurrogate_whenRead_thenSessionIdIsRefused() {
        assertRefused(message("m", "ls-\ud800", "1"), "session_id",
                "session_id must be well-formed Unicode: it holds a lone surrogate");
    }

    @Test
    void givenUnusualButWellFormedIds_whenRead_thenTheyAreKeptAsSent() {
        String astral = "\ud83d\ude00\ud834\udd1e";
        String combining = "e\u0301";
        String rightToLeft = "\u05e9\u05dc\u05d5\u05dd-\u0645\u0631\u062d\u0628\u0627";
        for (String id : new String[] {astral, combining, rightToLeft}) {
            assertThat(message(id, id, "1").toEvent().id().value()).isEqualTo(id);
        }
    }

    @Test
    void givenAnIdOfTheLongestAllowedLength_whenRead_thenItIsKept_andOneMoreIsRefused() {
        // The limit counts UTF-16 code units, as H2 does: a character outside the Basic Multilingual Plane is two.
        String longest = "\ud83d\ude00".repeat(EventId.MAX_LENGTH / 2);

        assertThat(message(longest, "s", "1").toEvent().id().value()).isEqualTo(longest);
        assertRefused(message(longest + "x", "s", "1"), "id", "id must be at most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-100000000", "1e-999999999", "1e999999999999", "1E+100", "0.5e-100", "1e-9999999999999999999"})
    void givenATimestampWithAnExponentBeyondTwoDigits_whenRead_thenTimestampIsRefused(String timestamp) {
        assertRefused(message("m", "s", timestamp), "timestamp",
                "timestamp must be written in at most 64 characters, with an exponent of at most two digits");
    }

    @Test
    void givenATimestampOfMoreThan64Characters_whenRead_thenTimestampIsRefused() {
        assertRefused(message("m", "s", "1586502000." + "1".repeat(60)), "timestamp",
                "timestamp must be written in at most 64 characters, with an exponent of at most two digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "0x10", "1_000", "NaN", "Infinity", "1e", "--1", "1.2.3", " 1"})
    void givenATimestampThatIsNoNumber_whenRead_thenTimestampIsRefused(String timestamp) {
        assertRefused(message("m", "s", timestamp), "timestamp", "timestamp must be a number of seconds since the epoch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.001", "253402300800", "9.99e99", "-1e-99"})
    void givenATimestampOutsideTheYears1970To9999_whenRead_thenTimestampIsRefused(String timestamp) {
        assertRefused(message("m", "s", timestamp), "timestamp", "timestamp must be between 0 and 253402300799");
    }

    @ParameterizedTest
    @CsvSource({"1e-99, 0", "0.0009999, 0", "1586847599.9999, 1586847599999", "2.53402300799E11, 253402300799000",
            "0e99, 0", "+1.5, 1500", ".5, 500"})
    void givenATimestampInRange_whenRead_thenItIsCutToTheMillisecond(String timestamp, long millis) {
        assertThat(message("m", "s", timestamp).toEvent().epochMillis()).isEqualTo(millis);
    }

    @Test
    void givenNoTimestamp_whenRead_thenTimestampIsRefused() {
        assertRefused(message("m", "s", null), "timestamp", "timestamp must be a number of seconds since the epoch");
    }

    @Test
    void givenAnInterventionWithAnOutcomeOrADisambiguation_whenRead_thenThatFieldIsRefused() {
        assertRefused(new SentEvent("i", "intervention", "s", "1", "successful", null), "outcome",
                "an intervention has no outcome");
        assertRefused(new SentEvent("i", "intervention", "s", "1", null, "no_selection"), "disambiguation",
                "an intervention has no disambiguation");
    }

    @Test
    void givenAnUnknownTypeOrNone_whenRead_thenTypeIsRefused() {
        assertRefused(new SentEvent("x", "click", "s", "1", null, null), "type", "type must be \"message\" or \"intervention\"");
        assertRefused(new SentEvent("x", null, "s", "1", null, null), "type", "type must be \"message\" or \"intervention\"");
    }

    @Test
    void givenAMessageWithoutAnOutcome_whenRead_thenOutcomeIsRefused() {
        assertRefused(new SentEvent("m", "message", "s", "1", null, null), "outcome",
                "outcome must be \"successful\", \"unhandled\" or \"ambiguous\"");
    }
}
