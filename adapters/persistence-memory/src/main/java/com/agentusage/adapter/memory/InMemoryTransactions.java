package com.agentusage.adapter.memory;

import com.agentusage.application.port.out.Transactions;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work run one at a time, so each sees the others whole. There is no rollback: the use cases
 * write last, after every check that can fail, so a failing unit of work has written nothing.
 */
@Singleton
@LookupIfProperty(name = MemoryStorage.SELECTED_BY, stringValue = MemoryStorage.NAME)
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
