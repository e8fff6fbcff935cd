package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.CurrentConnection;
import com.agentusage.adapter.jdbc.JdbcStorage;
import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import com.agentusage.adapter.jdbc.coherence.StoreChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The operator's way to derive the usage tables again after events were written behind the service's back
 * (docs/operations.md): start one instance with {@code usage.jdbc.derive-usage-at-start=true}. It derives them in
 * one transaction before it serves, moves every agent's revision, and tells every instance to forget what it
 * remembers. Writes through other instances wait for it on the usage tables' locks, and count after it.
 */
@ApplicationScoped
class DeriveUsageAtStart {

    private static final Logger LOG = Logger.getLogger(DeriveUsageAtStart.class);
    /** Deriving a few hundred million events takes many minutes; an operator starts it on purpose. */
    private static final int TIMEOUT_SECONDS = 6 * 60 * 60;

    void onStart(@Observes StartupEvent started,
                 @ConfigProperty(name = "usage.jdbc.derive-usage-at-start", defaultValue = "false") boolean derive,
                 @ConfigProperty(name = JdbcStorage.SELECTED_BY) Optional<String> storage,
                 Instance<ChangeFeed> changes) {
        if (!derive) {
            return;
        }
        if (!JdbcStorage.isSelectedBy(storage.orElse(null))) {
            LOG.warnf("usage.jdbc.derive-usage-at-start is ignored: the storage is %s, not %s", storage.get(), JdbcStorage.NAME);
            return;
        }
        long began = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            CurrentConnection.run(connection -> {
                UsageDerivation.deriveAgain(connection);
                UsageRevision.nextForAll(connection);
            });
            changes.get().publish(new StoreChange.AllChanged());
        });
        LOG.infof("Derived the usage tables again from the stored events in %d ms; start without "
                + "usage.jdbc.derive-usage-at-start next time", (System.nanoTime() - began) / 1_000_000);
    }
}
