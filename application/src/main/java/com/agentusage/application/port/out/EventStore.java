package com.agentusage.application.port.out;

import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.EventBatch;

/**
 * Keeps an agent's events. Appending is idempotent per (agent, event id): an id the agent already has,
 * in the store or earlier in the same batch, is a duplicate and changes nothing (first write wins).
 */
public interface EventStore {

    AppendOutcome append(AgentId agent, EventBatch batch);

    /** Events newly stored and events skipped as duplicates; they add up to the batch size. */
    record AppendOutcome(int stored, int duplicates) {
    }
}
