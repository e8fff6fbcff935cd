package com.agentusage.adapter.csv;

import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.EventBatch;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Sends the events of one CSV file through the RecordEvents use case, in batches as large as a batch may be.
 * Each batch is idempotent, so a file imported again after a crash stores only what was missing.
 */
final class CsvImporter {

    private final RecordEvents recordEvents;

    CsvImporter(RecordEvents recordEvents) {
        this.recordEvents = recordEvents;
    }

    RecordingResult importEvents(Reader csv, AgentId agent, AccessToken token) throws IOException {
        List<AgentEvent> events = CsvEvents.read(csv);
        int accepted = 0;
        int duplicates = 0;
        for (int from = 0; from < events.size(); from += EventBatch.MAX_EVENTS) {
            List<AgentEvent> batch = events.subList(from, Math.min(events.size(), from + EventBatch.MAX_EVENTS));
            RecordingResult result = recordEvents.record(new RecordEventsCommand(agent, token, EventBatch.of(batch)));
            accepted += result.accepted();
            duplicates += result.duplicates();
        }
        return new RecordingResult(accepted, duplicates);
    }
}
