package com.agentusage.adapter.csv;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.SentEvent;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads events from CSV with the header {@code id,type,session_id,timestamp,outcome,disambiguation}, the same
 * fields as events.json, read by the same rule ({@link SentEvent}). A file with any invalid line is rejected whole,
 * each problem named by its line.
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
        return new SentEvent(line.get("id"), line.get("type"), line.get("session_id"), line.get("timestamp"),
                absentIfEmpty(line.get("outcome")), absentIfEmpty(line.get("disambiguation"))).toEvent();
    }

    /** CSV cannot tell an empty field from a missing one; both mean the field is absent. */
    private static String absentIfEmpty(String field) {
        return field.isEmpty() ? null : field;
    }
}
