package com.agentusage.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the storage contract suites share: every port call runs in a unit of work, as a use case would make
 * it, and every test registers agents of its own, so tests never see each other's data even when the store
 * outlives a test run.
 */
public abstract class StorageContract {

    private static final AtomicLong NEXT_AGENT = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 1L << 40));

    protected abstract Agents agents();

    protected abstract Transactions transactions();

    protected <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    AgentId unusedAgentId() {
        return AgentId.of(NEXT_AGENT.incrementAndGet());
    }

    protected AgentId newAgent() {
        AgentId id = unusedAgentId();
        assertThat(tx(() -> agents().add(new Agent(id, "contract agent " + id)))).isTrue();
        return id;
    }
}
