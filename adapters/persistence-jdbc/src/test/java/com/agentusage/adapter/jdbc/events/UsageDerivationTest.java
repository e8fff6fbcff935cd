package com.agentusage.adapter.jdbc.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.jdbc.DatabaseKind;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.RandomEvents;
import com.agentusage.domain.period.RandomPeriods;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.UsageTally;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The usage tables derived in bulk from events that did not come through the service: by migration V4, for
 * events stored before the tables existed, and by {@link UsageDerivation}, for events written behind the
 * service's back. Either way reports read from them equal the domain's tally. Each seed migrates a schema of
 * its own.
 */
@QuarkusTest
class UsageDerivationTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final long AGENT = 1;

    @Inject
    DataSource dataSource;

    @Inject
    DatabaseKind database;

    @Test
    void givenEventsStoredBeforeTheRollupsExisted_whenMigrated_thenReportsFromTheRollupsEqualTheDomainsTally()
            throws SQLException {
        forEachSeed("2", (schema, connection) -> migrate(schema, "latest"));
    }

    @Test
    void givenEventsWrittenBehindTheServicesBack_whenTheUsageTablesAreDerivedAgain_thenReportsEqualTheDomainsTally()
            throws SQLException {
        forEachSeed("latest", (schema, connection) -> UsageDerivation.deriveAgain(connection));
    }

    /** How the usage tables come to hold what the raw events say, in a schema migrated so far. */
    private interface Derivation {
        void derive(String schema, Connection connection) throws SQLException;
    }

    /**
     * For each seed, in a schema of its own migrated to {@code version}: the seed's events stored raw, then the
     * derivation, then every window of the seed's period counted from the usage tables as the domain tallies it.
     */
    private void forEachSeed(String version, Derivation derivation) throws SQLException {
        for (long seed = 0; seed < 6; seed++) {
            Seeded seeded = Seeded.by(seed);
            String schema = "derivation_" + SCHEMAS.incrementAndGet();
            migrate(schema, version);
            try (Connection connection = inSchema(schema)) {
                storeRaw(connection, seeded.events());

                derivation.derive(schema, connection);

                assertThat(RollupQuery.count(connection, EventSql.of(database), AGENT, seeded.period()))
                        .as("seed %d, %s", seeded.seed(), seeded.period())
                        .isEqualTo(UsageTally.count(seeded.period(), seeded.events()));
            }
        }
    }

    /** A seed's period, and its events around the period. */
    private record Seeded(long seed, ReportingPeriod period, List<AgentEvent> events) {

        static Seeded by(long seed) {
            RandomEvents random = new RandomEvents(seed);
            ReportingPeriod period = RandomPeriods.next(random.random());
            return new Seeded(seed, period, random.around(period, 400));
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database.name().toLowerCase())
                .load().migrate();
    }

    private Connection inSchema(String schema) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setSchema(schema);
        return connection;
    }

    /** Stores the events in usage_event alone, as a COPY or an old version of the service would. */
    private static void storeRaw(Connection connection, List<AgentEvent> events) throws SQLException {
        connection.createStatement().execute("INSERT INTO agent (id, name) VALUES (" + AGENT + ", 'raw')");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO usage_event (agent_id, event_id, occurred_at, session_id, kind) VALUES (?, ?, ?, ?, ?)")) {
            for (AgentEvent event : events) {
                insert.setLong(1, AGENT);
                insert.setString(2, event.id().value());
                insert.setLong(3, event.epochMillis());
                insert.setString(4, event.session().value());
                insert.setShort(5, EventKind.of(event).code);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
