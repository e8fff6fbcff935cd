package com.agentusage.adapter.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells this instance which of the answers it remembers went stale (ADR 0013). Every write publishes what it
 * changed: applied here once its transaction completes, and on PostgreSQL sent with NOTIFY, which the
 * database delivers to every instance's {@link ChangeListener} when the transaction commits. Remembered
 * answers are trusted only while that listener is connected; on H2 the database belongs to this one process,
 * so what it applies itself is all there is.
 */
@ApplicationScoped
class ChangeFeed {

    static final String CHANNEL = "agent_usage_changes";
    private static final long MAXIMUM_ANSWERS = 100_000;

    private final TransactionSynchronizationRegistry transactions;
    private final ChangeListener listener;
    private final AtomicLong generation = new AtomicLong();
    private final List<Remembered<?, ?>> accessAnswers = new CopyOnWriteArrayList<>();
    private final Remembered<Long, Long> revisions = new Remembered<>(this, MAXIMUM_ANSWERS);
    private volatile boolean trusted;

    ChangeFeed(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
               @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
               @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
               @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
               TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        boolean shared = EventSql.forDbKind(dbKind).sharedByInstances();
        this.listener = shared ? new ChangeListener(url, user.orElse(""), password.orElse(""), this) : null;
        this.trusted = !shared;
    }

    void onStart(@Observes StartupEvent started) {
        start();
    }

    /** Starts listening for other instances' changes, where there can be any. */
    void start() {
        if (listener != null) {
            listener.start();
        }
    }

    @PreDestroy
    void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    /** A new memory of access answers (users by token, agents, permissions), forgotten on any access change. */
    <K, V> Remembered<K, V> rememberAccess() {
        Remembered<K, V> answers = new Remembered<>(this, MAXIMUM_ANSWERS);
        accessAnswers.add(answers);
        return answers;
    }

    /** The agents' usage revisions (ADR 0012), each forgotten when its agent stores events. */
    Remembered<Long, Long> revisions() {
        return revisions;
    }

    /** Publishes a change made in the current transaction; nothing is told before it commits. */
    void publish(StoreChange change) {
        if (listener != null) {
            CurrentConnection.run(connection -> {
                try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, change.payload());
                    notify.executeQuery().close();
                }
            });
        }
        // Also applied here, without waiting for the notification: whoever made the change and asks again
        // at this instance sees it at once. Applied after a rollback too, which only costs a lookup.
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    apply(change);
                }
            });
        } else {
            apply(change);
        }
    }

    void apply(StoreChange change) {
        generation.incrementAndGet();
        switch (change) {
            case StoreChange.EventsStored stored -> revisions.forget(stored.agentId());
            case StoreChange.AccessChanged access -> accessAnswers.forEach(Remembered::forgetAll);
            case StoreChange.Unrecognized unrecognized -> forgetEverything();
        }
    }

    /** The listener is connected: changes from now on will be heard. */
    void listening() {
        forgetEverything();
        trusted = true;
    }

    /** The listener lost its connection: changes may go unheard, so nothing remembered is trusted. */
    void deaf() {
        trusted = false;
        forgetEverything();
    }

    boolean trusted() {
        return trusted;
    }

    long generation() {
        return generation.get();
    }

    private void forgetEverything() {
        generation.incrementAndGet();
        revisions.forgetAll();
        accessAnswers.forEach(Remembered::forgetAll);
    }
}
