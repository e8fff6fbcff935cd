package com.agentusage.application.port.out;

/**
 * The store cannot be reached right now (the database is down, restarting, or out of connections). Nothing
 * of the unit of work was committed, so the caller may safely try again.
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(Throwable cause) {
        super("The database is unavailable; nothing was changed, try again shortly", cause);
    }
}
