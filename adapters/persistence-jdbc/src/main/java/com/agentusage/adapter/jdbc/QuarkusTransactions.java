package com.agentusage.adapter.jdbc;

import com.agentusage.application.port.out.StorageUnavailableException;
import com.agentusage.application.port.out.Transactions;
import io.quarkus.arc.lookup.LookupIfProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * The use cases' unit of work as a JTA transaction. Programmatic, because the use cases are plain objects
 * made by producer methods, which CDI interceptors such as {@code @Transactional} never reach
 * (docs/adr/0004-transactions-at-the-use-case-boundary.md). A unit of work inside another joins it.
 * Every database access goes through here, so this is where a lost database becomes
 * {@link StorageUnavailableException} rather than whatever the driver, pool or ORM wrapped it in.
 */
@ApplicationScoped
@LookupIfProperty(name = JdbcStorage.SELECTED_BY, stringValue = JdbcStorage.NAME, lookupIfMissing = true)
public class QuarkusTransactions implements Transactions {

    /** SQL states of class 08 are connection failures; 57P01-57P03 are PostgreSQL shutting down or starting. */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException
                || state != null && (state.startsWith("08") || state.startsWith("57P"))
                // Agroal's answer when no connection could be had in time.
                || e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return QuarkusTransaction.joiningExisting().call(work::get);
        } catch (RuntimeException e) {
            if (causedByLostConnection(e)) {
                throw new StorageUnavailableException(e);
            }
            throw e;
        }
    }

    /** Looks through causes and suppressed exceptions: a failed commit reaches us as the latter. */
    private static boolean causedByLostConnection(Throwable failure) {
        if (failure == null) {
            return false;
        }
        if (failure instanceof SQLException sql && connectionLost(sql)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedByLostConnection(suppressed)) {
                return true;
            }
        }
        return failure.getCause() != failure && causedByLostConnection(failure.getCause());
    }
}
