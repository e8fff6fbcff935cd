package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.QuarkusTransactions;
import com.agentusage.adapter.jdbc.directory.PanacheAgents;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.application.port.out.contract.EventStoreContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The contract on the default database, H2; {@link JdbcEventStoreOnPostgresTest} runs it on PostgreSQL. */
@QuarkusTest
class JdbcEventStoreTest extends EventStoreContract {

    @Inject JdbcEventStore store;
    @Inject PanacheAgents agents;
    @Inject QuarkusTransactions transactions;

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
        return agents;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
