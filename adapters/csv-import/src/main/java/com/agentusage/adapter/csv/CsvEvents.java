package com.agentusage.adapter.csv;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.EventTimes;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.Outcome;
import com.agentusage.domain.event.SessionId;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads events from CSV with the header {@code id,type,session_id,timestamp,outcome,disambiguation}, the same
 * fields as events.json. A file with any invalid line is rejected whole, each problem named by its line.
 */
final class CsvEvents {

    static final String[] HEADER = {"id", "type", "session_id", "timestamp", "outcome", "disambiguation"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER).setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvEvents() {
    }

    /** @throws InvalidEventsException naming, as index, the line of each invalid event */
    static List<AgentEvent> read(Reader csv) throws IOException {
        List<AgentEvent> events = new ArrayList<>();
        List<EventProblem> problems = new ArrayList<>();
        for (CSVRecord line : FORMAT.parse(csv)) {
            try {
                events.add(event(line));
            } catch (InvalidParameterException e) {
                problems.add(new EventProblem((int) line.getRecordNumber() + 1, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventsException(problems);
        }
        return events;
    }

    private static AgentEvent event(CSVRecord line) {
        if (!line.isConsistent()) {
            throw new InvalidParameterException("line", "a line has " + HEADER.length + " fields, this one " + line.size());
        }
        EventId id = EventId.of(line.get("id"));
        SessionId session = SessionId.of(line.get("session_id"));
        Instant at = EventTimes.fromEpochSeconds(seconds(line.get("timestamp")));
        return switch (line.get("type")) {
            case "message" -> Message.of(id, session, at, Outcome.named(line.get("outcome")),
                    optional(line.get("disambiguation")).map(Disambiguation::named));
            case "intervention" -> {
                if (!line.get("outcome").isEmpty() || !line.get("disambiguation").isEmpty()) {
                    throw new InvalidParameterException("outcome", "an intervention has no outcome or disambiguation");
                }
                yield new Intervention(id, session, at);
            }
            default -> throw new InvalidParameterException("type", "type must be \"message\" or \"intervention\"");
        };
    }

    private static BigDecimal seconds(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("timestamp", "timestamp must be a number of seconds since the epoch");
        }
    }

    private static Optional<String> optional(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }
}
