package com.agentusage.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.application.port.out.contract.EventStoreContract;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.SessionId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.WindowCounts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The contract on the default database, H2; {@link PanacheEventStoreOnPostgresTest} runs it on PostgreSQL. */
@QuarkusTest
class PanacheEventStoreTest extends EventStoreContract {

    @Inject PanacheEventStore store;
    @Inject PanacheAgents agents;
    @Inject QuarkusTransactions transactions;
    @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind;

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
