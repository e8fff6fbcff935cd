package com.agentusage.application.service;

import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.out.StorageUnavailableException;
import com.agentusage.application.port.out.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The use cases' unit of work: the {@link Transactions} port, with a store that cannot be reached turned into what
 * the use cases promise their callers, a {@link ServiceUnavailableException}. So a driving adapter needs to know
 * only port.in, whichever storage adapter is behind.
 */
final class UnitOfWork {

    /** Long enough for a restarting database or a drained pool; short enough that a retried request is still wanted. */
    static final long STORAGE_RETRY_AFTER_SECONDS = 5;

    private final Transactions transactions;

    UnitOfWork(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    <T> T call(Supplier<T> work) {
        try {
            return transactions.inTransaction(work);
        } catch (StorageUnavailableException e) {
            throw new ServiceUnavailableException(e.getMessage(), STORAGE_RETRY_AFTER_SECONDS, e);
        }
    }

    void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
