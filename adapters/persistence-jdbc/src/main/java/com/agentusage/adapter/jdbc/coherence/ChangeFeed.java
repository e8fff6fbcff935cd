package com.agentusage.adapter.jdbc.coherence;

import com.agentusage.adapter.jdbc.CurrentConnection;
import com.agentusage.adapter.jdbc.DatabaseKind;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells this instance which of the answers it remembers went stale (ADR 0013). Every write publishes what it
 * changed: applied here once its transaction completes, and on PostgreSQL sent with NOTIFY, which the
 * database delivers to every instance's {@link ChangeListener} when the transaction commits. Remembered
 * answers are trusted only while the listener has heard the channel within {@link #FRESHNESS}: a change committed
 * on any instance is seen by every other one within that bound, or that instance answers from the database (ADR
 * 0016). On H2 the database belongs to this one process, so what it applies itself is all there is.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final String CHANNEL = "agent_usage_changes";
    /** How the listener's connection is named in pg_stat_activity, for operators. */
    public static final String LISTENER_APPLICATION_NAME = "agent-usage change listener";
    /** The longest another instance's committed change may go unseen here. */
    public static final Duration FRESHNESS = Duration.ofSeconds(1);

    private final TransactionSynchronizationRegistry transactions;
    private final ChangeListener listener;
    private final AtomicLong generation = new AtomicLong();
    private final List<Remembered<?, ?>> memories = new CopyOnWriteArrayList<>();
    private final boolean shared;
    private volatile boolean listening;
    /** System.nanoTime() at which the listener last asked the database a round trip that it then heard through. */
    private volatile long heardUpTo;

    public ChangeFeed(DatabaseKind database,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                      TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
        this.shared = database.sharedByInstances();
        this.listener = shared ? new ChangeListener(url, user.orElse(""), password.orElse(""), this) : null;
    }

    /**
     * Starts listening for other instances' changes, where there can be any. The feed exists once a room that
     * remembers answers is first used, so a service that stores elsewhere never connects.
     */
    @PostConstruct
    public void start() {
        if (listener != null) {
            listener.start();
        }
    }

    @PreDestroy
    public void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    /** Publishes a change made in the current transaction; nothing is told before it commits. */
    public void publish(StoreChange change) {
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

    /** Forgets what the change makes stale, in every memory of this instance. */
    void apply(StoreChange change) {
        generation.incrementAndGet();
        memories.forEach(memory -> memory.forgetStale(change));
    }

    /** A memory to keep current: told of every change, and emptied whenever changes may have gone unheard. */
    void track(Remembered<?, ?> memory) {
        memories.add(memory);
    }

    /** The listener is connected: changes from now on will be heard. */
    void listening() {
        forgetEverything();
        listening = true;
    }

    /**
     * Every change committed before {@code askedAtNanos} (System.nanoTime()) has been applied: the listener sent a
     * round trip then, heard its answer, and applied the notifications that came before it.
     */
    void heardUpTo(long askedAtNanos) {
        heardUpTo = askedAtNanos;
    }

    /** The listener lost its connection: changes may go unheard, so nothing remembered is trusted. */
    void deaf() {
        listening = false;
        forgetEverything();
    }

    /**
     * Whether remembered answers may be used now: every change committed more than {@link #FRESHNESS} ago has been
     * heard. A listener whose connection hangs silently stops renewing this within that bound.
     */
    public boolean trusted() {
        return !shared || listening && System.nanoTime() - heardUpTo <= FRESHNESS.toNanos();
    }

    /** Moves with every change applied and every loss or recovery of the listener. */
    public long generation() {
        return generation.get();
    }

    private void forgetEverything() {
        generation.incrementAndGet();
        memories.forEach(Remembered::forgetAll);
    }
}
