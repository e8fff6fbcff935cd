package com.agentusage.adapter.persistence;

import com.agentusage.application.port.out.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The use cases' unit of work as a JTA transaction. Programmatic, because the use cases are plain objects
 * made by producer methods, which CDI interceptors such as {@code @Transactional} never reach
 * (docs/adr/0004-transactions-at-the-use-case-boundary.md). A unit of work inside another joins it.
 */
@ApplicationScoped
public class QuarkusTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
