package com.agentusage.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL the benchmark runs on: the server named by BENCH_PG_URL (user BENCH_PG_USER), or an embedded
 * PostgreSQL 17 with production durability. Loads events with COPY, straight into the service's table.
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final long DAY_MS = 86_400_000L;

    private final EmbeddedPostgres embedded;
    final String url;
    final String user;

    BenchmarkDatabase() throws IOException {
        String given = System.getenv("BENCH_PG_URL");
        if (given != null) {
            embedded = null;
            url = given;
            user = System.getenv().getOrDefault("BENCH_PG_USER", "postgres");
        } else {
            embedded = EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_buffers", "2GB").setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("jit", "off").start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, System.getenv().getOrDefault("BENCH_PG_PASSWORD", ""));
    }

    /**
     * Loads {@code events} events for agents 1..agents over {@code days} days ending at {@code endMs}: agent 1 gets
     * a quarter of them, the rest share the others. Indexes are dropped during the load and built again after.
     * The usage tables the service keeps on every write are not derived here: events loaded behind the service's
     * back get them as an operator's would, from a start with usage.jdbc.derive-usage-at-start (docs/operations.md).
     */
    void load(long events, int agents, int days, long endMs, long firstAgentId) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE usage_event DROP CONSTRAINT usage_event_pkey");
            statement.execute("DROP INDEX usage_event_by_time");
            PipedWriter writer = new PipedWriter();
            PipedReader reader = new PipedReader(writer, 1 << 20);
            Thread producer = Thread.ofPlatform().start(() -> write(writer, events, agents, days, endMs, firstAgentId));
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY usage_event (agent_id, event_id, occurred_at, session_id, kind) FROM STDIN", reader);
            producer.join();
            statement.execute("ALTER TABLE usage_event ADD PRIMARY KEY (agent_id, event_id)");
            statement.execute("CREATE INDEX usage_event_by_time ON usage_event (agent_id, occurred_at)");
            statement.execute("VACUUM ANALYZE usage_event");
        }
    }

    private static void write(Writer out, long events, int agents, int days, long endMs, long firstAgentId) {
        SplittableRandom random = new SplittableRandom(42);
        long span = days * DAY_MS;
        StringBuilder line = new StringBuilder(96);
        try (out) {
            for (long i = 0; i < events; i++) {
                long agent = firstAgentId + (random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(agents - 1));
                long at = endMs - 1 - random.nextLong(span);
                int roll = random.nextInt(100);
                int kind = roll < 2 ? 5 : roll < 7 ? 1 : roll < 9 ? 2 + random.nextInt(3) : 0;
                line.setLength(0);
                line.append(agent).append("\tb").append(i).append('\t').append(at).append("\ts")
                        .append(at / 1_800_000 % 50_000).append('\t').append(kind).append('\n');
                out.write(line.toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fresh planner statistics for every table a report reads. */
    void analyze() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE usage_event, usage_session, usage_session_gap, usage_rollup");
        }
    }

    /** The baseline: a bare count over the rows a report of the window reads (the window and the one before). */
    long count(long agent, long fromMs, long untilMs) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM usage_event WHERE agent_id = ? AND occurred_at >= ? AND occurred_at < ?")) {
            count.setLong(1, agent);
            count.setLong(2, fromMs);
            count.setLong(3, untilMs);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
