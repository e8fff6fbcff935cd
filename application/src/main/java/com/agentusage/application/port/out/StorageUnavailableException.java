package com.agentusage.application.port.out;

/**
 * The store cannot be reached right now (the database is down, restarting, or out of connections). The unit of
 * work may or may not have been committed: a connection lost during the commit cannot tell. Retrying is safe,
 * because recording events is idempotent and everything else here is a read or an idempotent write.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(Throwable cause) {
        super("The database is unavailable; try again shortly", cause);
    }
}
