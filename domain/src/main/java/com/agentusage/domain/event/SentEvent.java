package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.time.Instant;
import java.util.Optional;

/**
 * An event as a sender writes it, field by field in the vocabulary of events.json and of the CSV import, each
 * field's text as sent and null where it is absent. Every driving adapter hands its fields here, so each field
 * is read by one rule and refused in the same words whatever the wire format.
 */
public record SentEvent(String id, String type, String sessionId, String timestamp, String outcome,
                        String disambiguation) {

    /** @throws InvalidParameterException naming the first field that is wrong */
    public AgentEvent toEvent() {
        EventId eventId = EventId.of(id);
        SessionId session = SessionId.of(sessionId);
        Instant at = EventTimes.parseEpochSeconds(timestamp);
        return switch (type == null ? "" : type) {
            case "message" -> Message.of(eventId, session, at, Outcome.named(outcome),
                    Optional.ofNullable(disambiguation).map(Disambiguation::named));
            case "intervention" -> {
                if (outcome != null) {
                    throw new InvalidParameterException("outcome", "an intervention has no outcome");
                }
                if (disambiguation != null) {
                    throw new InvalidParameterException("disambiguation", "an intervention has no disambiguation");
                }
                yield new Intervention(eventId, session, at);
            }
            default -> throw new InvalidParameterException("type", "type must be \"message\" or \"intervention\"");
        };
    }
}
