package com.agentusage.adapter.jdbc;

import java.util.Locale;

/**
 * The databases this adapter is built for; which one is fixed when the service is built (ADR 0003). What
 * differs between them in SQL is the events room's business ({@code events.EventSql}); what differs in how
 * they are shared is the coherence room's.
 */
public enum DatabaseKind {
    /** Embedded: the database belongs to the one process that opened it. */
    H2(false),
    /** A server that several instances of the service may share. */
    POSTGRESQL(true);

    private final boolean sharedByInstances;

    DatabaseKind(boolean sharedByInstances) {
        this.sharedByInstances = sharedByInstances;
    }

    /** The kind named by {@code quarkus.datasource.db-kind}, in any of the spellings Quarkus accepts. */
    public static DatabaseKind named(String dbKind) {
        return switch (dbKind.toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres", "pgsql", "pg" -> POSTGRESQL;
            case "h2" -> H2;
            default -> throw new IllegalStateException("persistence-jdbc supports h2 and postgresql, not " + dbKind);
        };
    }

    /** Whether other processes may write to the same database, so that this one must hear of their writes. */
    public boolean sharedByInstances() {
        return sharedByInstances;
    }
}
