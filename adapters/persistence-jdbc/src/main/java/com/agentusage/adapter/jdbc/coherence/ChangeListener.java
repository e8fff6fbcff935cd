package com.agentusage.adapter.jdbc.coherence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;

/**
 * Hears the changes every instance publishes (ADR 0013), on a PostgreSQL connection of its own, in a thread of
 * its own. Whenever it is not sure to hear them, it makes the feed deaf, so that nothing remembered is used;
 * it then connects again, a second later, for as long as the service runs. The connection is not the pool's:
 * a pooled one would go back to the pool still listening, and would hold one of its places for good.
 */
final class ChangeListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    /**
     * How often the listener proves it still hears the channel, by a round trip: well inside the feed's freshness,
     * so that a healthy connection keeps remembered answers trusted without a gap.
     */
    private static final long HEARTBEAT_NANOS = ChangeFeed.FRESHNESS.toNanos() / 4;
    /** A read blocked this long ends the connection; the feed stopped trusting it long before (its freshness). */
    private static final int SOCKET_TIMEOUT_SECONDS = 5;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final String url;
    private final Properties properties = new Properties();
    private final ChangeFeed feed;
    private volatile boolean running;
    private Thread thread;
    /** Whether the last attempt failed; the listener's thread alone reads and writes it. */
    private boolean outage;

    ChangeListener(String url, String user, String password, ChangeFeed feed) {
        this.url = url;
        this.feed = feed;
        properties.setProperty(PGProperty.USER.getName(), user);
        properties.setProperty(PGProperty.PASSWORD.getName(), password);
        // Named, so that operators can tell it in pg_stat_activity from the pool's connections.
        properties.setProperty(PGProperty.APPLICATION_NAME.getName(), ChangeFeed.LISTENER_APPLICATION_NAME);
        // The longest a read may block: a silent network cannot keep the feed trusted for longer.
        properties.setProperty(PGProperty.SOCKET_TIMEOUT.getName(), String.valueOf(SOCKET_TIMEOUT_SECONDS));
    }

    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = Thread.ofPlatform().daemon().name("change-listener").start(this);
        }
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, properties)) {
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                // Once per outage, not once per attempt.
                if (running && !outage) {
                    LOG.warnf("Not hearing other instances' changes (%s); answering from the database until connected again",
                            e.getMessage());
                }
                outage = true;
            }
            feed.deaf();
            pause();
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChangeFeed.CHANNEL);
            feed.listening();
            if (outage) {
                LOG.info("Hearing other instances' changes again");
                outage = false;
            }
            PGConnection notifications = connection.unwrap(PGConnection.class);
            long nextHeartbeat = System.nanoTime();
            while (running) {
                if (System.nanoTime() - nextHeartbeat >= 0) {
                    // PostgreSQL sends a notification before the answer to any later query, so once the answer
                    // is in and what came with it applied, every change committed before the question is heard.
                    long asked = System.nanoTime();
                    statement.execute("SELECT 1");
                    apply(notifications.getNotifications());
                    feed.heardUpTo(asked);
                    nextHeartbeat = asked + HEARTBEAT_NANOS;
                }
                int untilHeartbeat = (int) Math.max(1, (nextHeartbeat - System.nanoTime()) / 1_000_000);
                apply(notifications.getNotifications(untilHeartbeat));
            }
        }
    }

    private void apply(PGNotification[] heard) {
        for (PGNotification notification : heard) {
            feed.apply(StoreChange.parse(notification.getParameter()));
        }
    }

    private void pause() {
        if (running) {
            try {
                Thread.sleep(RECONNECT_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
