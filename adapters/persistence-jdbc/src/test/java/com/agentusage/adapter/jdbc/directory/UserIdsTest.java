package com.agentusage.adapter.jdbc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.jdbc.DatabaseKind;
import com.agentusage.adapter.jdbc.QuarkusTransactions;
import com.agentusage.domain.access.AccessToken;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * User ids count up by one, also across restarts: a restarted service, like another instance, starts from
 * the sequence's next value, so the sequence must hand out ids one by one. {@link UserIdsOnPostgresTest}
 * runs the same on PostgreSQL.
 */
@QuarkusTest
class UserIdsTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject PanacheUserAccounts accounts;
    @Inject QuarkusTransactions transactions;
    @Inject DataSource dataSource;
    @Inject DatabaseKind database;

    @Test
    void givenAUserCreated_whenAnotherProcessTakesAnIdAndAnotherUserIsCreated_thenTheIdsAreConsecutive()
            throws SQLException {
        long first = newUserId();
        long takenElsewhere;
        try (Connection connection = dataSource.getConnection()) {
            takenElsewhere = nextUserId(connection);
        }
        long next = newUserId();

        assertThat(new long[] {first, takenElsewhere, next}).containsExactly(first, first + 1, first + 2);
    }

    @Test
    void givenUsersCreatedInBlocksOf50BeforeTheMigration_whenMigrated_thenIdsContinueAfterTheHighest()
            throws SQLException {
        String schema = "user_ids_" + SCHEMAS.incrementAndGet();
        migrate(schema, "6");
        inSchema(schema, connection -> {
            // As the ORM did with blocks of 50: one instance took 1 (ids 1..50) and used three, another took 51.
            assertThat(nextUserId(connection)).isEqualTo(1);
            insertUsers(connection, 1, 2, 3);
            assertThat(nextUserId(connection)).isEqualTo(51);
            insertUsers(connection, 51);

            migrate(schema, "latest");

            assertThat(new long[] {nextUserId(connection), nextUserId(connection)}).containsExactly(52, 53);
        });
    }

    @Test
    void givenNoUsers_whenMigrated_thenTheFirstIdIsOne() throws SQLException {
        String schema = "user_ids_" + SCHEMAS.incrementAndGet();
        migrate(schema, "latest");

        inSchema(schema, connection ->
                assertThat(new long[] {nextUserId(connection), nextUserId(connection)}).containsExactly(1, 2));
    }

    /** Runs the work on a pooled connection set to the schema, then sets it back: the pool hands it on as it is. */
    private void inSchema(String schema, SqlWork work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String pooled = connection.getSchema();
            connection.setSchema(schema);
            try {
                work.run(connection);
            } finally {
                connection.setSchema(pooled);
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private long newUserId() {
        return transactions.inTransaction(() -> accounts.create("user", AccessToken.generate(RANDOM).hash()))
                .id().value();
    }

    private long nextUserId(Connection connection) throws SQLException {
        String next = database == DatabaseKind.POSTGRESQL ? "SELECT nextval('app_user_seq')" : "SELECT NEXT VALUE FOR app_user_seq";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(next)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void insertUsers(Connection connection, long... ids) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (long id : ids) {
                statement.execute("INSERT INTO app_user (id, name, token_hash) VALUES (%d, 'old', 'hash-%d')".formatted(id, id));
            }
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(dataSource).schemas(schema).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + database.name().toLowerCase())
                .load().migrate();
    }
}
