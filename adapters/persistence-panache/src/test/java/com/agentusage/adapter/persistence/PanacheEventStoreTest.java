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

    /** Another instance of the service on the same database: a cache of its own, the same tables. */
    @Test
    void givenTwoInstancesSharingTheDatabase_whenOneStoresAnEvent_thenTheOthersNextReportCountsIt() {
        PanacheEventStore otherInstance = new PanacheEventStore(dbKind, 100);
        AgentId agent = newAgent();
        Instant inApril = Instant.parse("2020-04-11T12:00:00Z");
        ReportingPeriod april = ReportingPeriod.of(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13), UtcOffset.ofSeconds(0));
        transactions.inTransaction(() -> store.append(agent, EventBatch.of(List.of(
                Message.successful(EventId.of("m1"), SessionId.of("s1"), inApril)))));
        PeriodCounts cached = transactions.inTransaction(() -> store.countsFor(agent, april));

        transactions.inTransaction(() -> otherInstance.append(agent, EventBatch.of(List.of(
                Message.unhandled(EventId.of("m2"), SessionId.of("s2"), inApril)))));

        assertThat(cached.aggregate().messages()).isEqualTo(1);
        assertThat(transactions.inTransaction(() -> store.countsFor(agent, april)).aggregate())
                .isEqualTo(new WindowCounts(2, 2, 1, 0, 0, 0));
    }

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
