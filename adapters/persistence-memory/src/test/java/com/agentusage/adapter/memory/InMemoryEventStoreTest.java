package com.agentusage.adapter.memory;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.application.port.out.contract.EventStoreContract;

class InMemoryEventStoreTest extends EventStoreContract {

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected EventStore eventStore() {
        return store;
    }

    @Override
    protected UsageCounts usageCounts() {
        return store;
    }

    @Override
    protected Agents agents() {
        return directory;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
