package com.agentusage.adapter.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Every change listener's connection made to hang silently, as a network that drops packets would: its PostgreSQL
 * backend is stopped (SIGSTOP), so the connection stays open and nothing comes through it, until closed (SIGCONT).
 * Needs the test's own PostgreSQL on this machine, which the embedded one is.
 */
public final class FrozenListeners implements AutoCloseable {

    private final List<Long> backends;

    private FrozenListeners(List<Long> backends) {
        this.backends = backends;
    }

    public static FrozenListeners freeze(DataSource dataSource) throws SQLException, IOException, InterruptedException {
        assumeTrue(System.getenv("USAGE_TEST_POSTGRES_URL") == null,
                "listeners can be frozen only on the embedded PostgreSQL, whose processes are this machine's");
        List<Long> backends = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT pid FROM pg_stat_activity WHERE application_name = '" + ChangeFeed.LISTENER_APPLICATION_NAME + "'")) {
            while (rows.next()) {
                backends.add(rows.getLong(1));
            }
        }
        signal("-STOP", backends);
        return new FrozenListeners(backends);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        signal("-CONT", backends);
    }

    private static void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
        for (long pid : processes) {
            int exit = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill " + signal + " " + pid + " failed with " + exit);
            }
        }
    }
}
