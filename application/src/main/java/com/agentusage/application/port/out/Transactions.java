package com.agentusage.application.port.out;

import java.util.function.Supplier;

/**
 * The unit of work of a use case: what it does through the other ports inside {@code work} commits
 * together or not at all. Use cases call it; adapter methods never open transactions of their own.
 */
public interface Transactions {

    /** @throws StorageUnavailableException when the store could not be reached; nothing was committed */
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
