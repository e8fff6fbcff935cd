package com.agentusage.application.port.in;

import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.EventBatch;
import java.util.Objects;

public record RecordEventsCommand(AgentId agent, AccessToken token, EventBatch batch) {

    public RecordEventsCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(batch, "batch");
    }
}
