package com.agentusage.adapter.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.Outcome;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvEventsTest {

    @Test
    void givenLinesOfEveryKind_whenRead_thenEachBecomesItsEvent() throws Exception {
        List<AgentEvent> events = CsvEvents.read(new StringReader("""
                id,type,session_id,timestamp,outcome,disambiguation
                m-1,message,s-1,1586502000.25,successful,
                m-2,message,"s-1, the long one",1586502100,ambiguous,none_of_the_above

                m-3,message,s-1,1586502200,ambiguous,
                i-1,intervention,s-2,1586502300,,
                """));

        assertThat(events).hasSize(4);
        Message first = (Message) events.get(0);
        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESSFUL);
        assertThat(first.at()).isEqualTo(Instant.ofEpochMilli(1586502000250L));
        assertThat(events.get(1).session().value()).isEqualTo("s-1, the long one");
        assertThat(((Message) events.get(1)).mismatched()).isTrue();
        assertThat(((Message) events.get(2)).disambiguation()).contains(Disambiguation.NO_SELECTION);
        assertThat(events.get(3)).isInstanceOf(Intervention.class);
    }

    @Test
    void givenInvalidLines_whenRead_thenTheFileIsRejectedNamingEachLine() {
        assertThatThrownBy(() -> CsvEvents.read(new StringReader("""
                id,type,session_id,timestamp,outcome,disambiguation
                ok,message,s,1,successful,
                bad-time,message,s,yesterday,successful,
                bad-kind,click,s,1,,
                short,message,s
                i-1,intervention,s,1,successful,
                """)))
                .isInstanceOfSatisfying(InvalidEventsException.class, e -> assertThat(e.problems()).containsExactly(
                        new EventProblem(3, "timestamp must be a number of seconds since the epoch"),
                        new EventProblem(4, "type must be \"message\" or \"intervention\""),
                        new EventProblem(5, "a line has 6 fields, this one 3"),
                        new EventProblem(6, "an intervention has no outcome")));
    }
}
