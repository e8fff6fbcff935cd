package com.agentusage.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.RandomEvents;
import com.agentusage.domain.period.RandomPeriods;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.UsageTally;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migration that introduced the rollups derives them from the events stored before it: a database
 * upgraded with events in it reports what the events say. Each test migrates a schema of its own.
 */
@QuarkusTest
class RollupBackfillTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void givenEventsStoredBeforeTheRollupsExisted_whenMigrated_thenReportsFromTheRollupsEqualTheDomainsTally()
            throws Exception {
        String schema = "backfill_" + SCHEMAS.incrementAndGet();
        for (long seed = 0; seed < 6; seed++) {
            RandomEvents random = new RandomEvents(seed);
            ReportingPeriod period = RandomPeriods.next(random.random());
            List<AgentEvent> events = random.around(period, 400);
            String seedSchema = schema + "_" + seed;
            migrate(seedSchema, "2");
            try (Connection connection = dataSource.getConnection()) {
                connection.setSchema(seedSchema);
                storeRaw(connection, events);
                migrate(seedSchema, "latest");

                assertThat(RollupQuery.count(connection, EventSql.forDbKind(dbKind), 1, period)).as("seed %d, %s", seed, period)
                        .isEqualTo(UsageTally.count(period, events));
            }
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + dbKind)
                .load().migrate();
    }

    private static void storeRaw(Connection connection, List<AgentEvent> events) throws Exception {
        connection.createStatement().execute("INSERT INTO agent (id, name) VALUES (1, 'upgraded')");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO usage_event (agent_id, event_id, occurred_at, session_id, kind) VALUES (1, ?, ?, ?, ?)")) {
            for (AgentEvent event : events) {
                insert.setString(1, event.id().value());
                insert.setLong(2, event.epochMillis());
                insert.setString(3, event.session().value());
                insert.setShort(4, EventKind.of(event));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
