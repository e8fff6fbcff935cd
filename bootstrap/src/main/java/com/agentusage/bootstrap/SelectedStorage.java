package com.agentusage.bootstrap;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.application.port.out.UserAccounts;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The storage adapter chosen with {@code usage.storage} (ADR 0015), as the storage ports the use cases need. Every
 * storage adapter marks its port implementations with {@code @LookupIfProperty} on that property, so these lookups
 * find only the chosen adapter's. Made at start, so that a name no adapter answers to stops the service at once.
 */
@Startup
@Singleton
class SelectedStorage {

    final EventStore events;
    final UsageCounts counts;
    final Agents agents;
    final UserAccounts accounts;
    final Permissions permissions;
    final Transactions transactions;

    SelectedStorage(@ConfigProperty(name = "usage.storage", defaultValue = "jdbc") String storage,
                    Instance<EventStore> events, Instance<UsageCounts> counts, Instance<Agents> agents,
                    Instance<UserAccounts> accounts, Instance<Permissions> permissions,
                    Instance<Transactions> transactions) {
        this.events = one(storage, EventStore.class, events);
        this.counts = one(storage, UsageCounts.class, counts);
        this.agents = one(storage, Agents.class, agents);
        this.accounts = one(storage, UserAccounts.class, accounts);
        this.permissions = one(storage, Permissions.class, permissions);
        this.transactions = one(storage, Transactions.class, transactions);
    }

    private static <T> T one(String storage, Class<T> port, Instance<T> candidates) {
        if (candidates.isUnsatisfied()) {
            throw new IllegalStateException("usage.storage=" + storage + " names no storage adapter of this build (none "
                    + "provides " + port.getSimpleName() + " under that name); docs/operations.md lists them");
        }
        if (candidates.isAmbiguous()) {
            throw new IllegalStateException("usage.storage=" + storage + " names more than one storage adapter (several "
                    + "provide " + port.getSimpleName() + " under that name)");
        }
        return candidates.get();
    }
}
