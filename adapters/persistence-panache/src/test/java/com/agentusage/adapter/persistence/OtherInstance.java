package com.agentusage.adapter.persistence;

import static org.awaitility.Awaitility.await;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * A second instance of the service on the same PostgreSQL database, as far as this adapter goes: a change
 * feed listening on a connection of its own, and memories of its own.
 */
final class OtherInstance implements AutoCloseable {

    final ChangeFeed feed;

    OtherInstance(Config config, TransactionSynchronizationRegistry transactions) {
        feed = new ChangeFeed("postgresql", config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class), transactions);
        feed.start();
        await().atMost(Duration.ofSeconds(10)).until(feed::trusted);
    }

    PanacheEventStore eventStore() {
        return new PanacheEventStore("postgresql", 100, feed);
    }

    @Override
    public void close() {
        feed.stop();
    }
}
