package com.agentusage.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SenderVocabularyTest {

    private static final EventId ID = EventId.of("m-1");
    private static final SessionId SESSION = SessionId.of("s-1");
    private static final Instant AT = Instant.ofEpochMilli(1586502000250L);

    @Test
    void givenTheSendersNames_whenRead_thenTheyNameOutcomesAndDisambiguationResults() {
        assertThat(Outcome.named("unhandled")).isEqualTo(Outcome.UNHANDLED);
        assertThat(Disambiguation.named("none_of_the_above")).isEqualTo(Disambiguation.NONE_OF_THE_ABOVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SUCCESSFUL", "Successful", "success", " successful"})
    void givenAnyOtherName_whenReadAsAnOutcome_thenOutcomeIsRejected(String name) {
        assertThatThrownBy(() -> Outcome.named(name)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("outcome");
    }

    @Test
    void givenAnAmbiguousMessageWithoutAResult_whenMade_thenTheUserSelectedNothing() {
        Message message = Message.of(ID, SESSION, AT, Outcome.AMBIGUOUS, Optional.empty());

        assertThat(message.disambiguation()).contains(Disambiguation.NO_SELECTION);
        assertThat(message.mismatched()).isFalse();
    }

    @Test
    void givenAResultOnAMessageThatWasNotAmbiguous_whenMade_thenItIsRejected() {
        assertThatThrownBy(() -> Message.of(ID, SESSION, AT, Outcome.SUCCESSFUL, Optional.of(Disambiguation.NO_SELECTION)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("only an ambiguous message has a disambiguation");
    }

    @Test
    void givenEpochSecondsWithAFraction_whenReadAsAnEventTime_thenTheyAreCutToTheMillisecond() {
        assertThat(EventTimes.parseEpochSeconds("1586847599.9999")).isEqualTo(Instant.ofEpochMilli(1586847599999L));
        assertThat(EventTimes.parseEpochSeconds("1E+3")).isEqualTo(Instant.ofEpochSecond(1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.001", "253402300800", "1E+30"})
    void givenSecondsOutsideTheYears1970To9999_whenReadAsAnEventTime_thenTimestampIsRejected(String seconds) {
        assertThatThrownBy(() -> EventTimes.parseEpochSeconds(seconds))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("timestamp");
    }
}
