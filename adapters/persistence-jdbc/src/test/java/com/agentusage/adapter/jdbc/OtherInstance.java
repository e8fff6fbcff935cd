package com.agentusage.adapter.jdbc;

import static org.awaitility.Awaitility.await;

import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * A second instance of the service on the same PostgreSQL database, as far as this adapter goes: a change
 * feed listening on a connection of its own, and memories of its own.
 */
public final class OtherInstance implements AutoCloseable {

    public final ChangeFeed feed;

    public OtherInstance(Config config, TransactionSynchronizationRegistry transactions) {
        feed = new ChangeFeed(DatabaseKind.POSTGRESQL, config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class), transactions);
        feed.start();
        await().atMost(Duration.ofSeconds(10)).until(feed::trusted);
    }

    @Override
    public void close() {
        feed.stop();
    }
}
