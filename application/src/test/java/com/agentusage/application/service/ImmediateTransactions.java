package com.agentusage.application.service;

import com.agentusage.application.port.out.Transactions;
import java.util.function.Supplier;

/** Runs the work at once and counts units of work, so tests can see that a use case opened one. */
final class ImmediateTransactions implements Transactions {

    private int opened;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        opened++;
        return work.get();
    }

    int opened() {
        return opened;
    }
}
