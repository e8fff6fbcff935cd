package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a user sent to the agent and how the agent answered it. Only an ambiguous answer
 * has a disambiguation result.
 */
public record Message(EventId id, SessionId session, Instant at, Outcome outcome,
                      Optional<Disambiguation> disambiguation) implements AgentEvent {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
        EventTimes.requireMillisecond(at);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(disambiguation, "disambiguation");
        if ((outcome == Outcome.AMBIGUOUS) != disambiguation.isPresent()) {
            throw new IllegalArgumentException("exactly the ambiguous messages have a disambiguation result");
        }
    }

    /**
     * A message as a sender describes it: an ambiguous message without a disambiguation result had
     * no selection; any other message must not have one.
     */
    public static Message of(EventId id, SessionId session, Instant at, Outcome outcome,
                             Optional<Disambiguation> disambiguation) {
        if (outcome == Outcome.AMBIGUOUS) {
            return ambiguous(id, session, at, disambiguation.orElse(Disambiguation.NO_SELECTION));
        }
        if (disambiguation.isPresent()) {
            throw new InvalidParameterException("disambiguation", "only an ambiguous message has a disambiguation");
        }
        return new Message(id, session, at, outcome, Optional.empty());
    }

    public static Message successful(EventId id, SessionId session, Instant at) {
        return new Message(id, session, at, Outcome.SUCCESSFUL, Optional.empty());
    }

    public static Message unhandled(EventId id, SessionId session, Instant at) {
        return new Message(id, session, at, Outcome.UNHANDLED, Optional.empty());
    }

    public static Message ambiguous(EventId id, SessionId session, Instant at, Disambiguation result) {
        return new Message(id, session, at, Outcome.AMBIGUOUS, Optional.of(result));
    }

    public boolean mismatched() {
        return disambiguation.map(Disambiguation::mismatched).orElse(false);
    }
}
