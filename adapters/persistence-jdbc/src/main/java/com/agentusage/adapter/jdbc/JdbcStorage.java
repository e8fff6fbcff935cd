package com.agentusage.adapter.jdbc;

/**
 * How this adapter is chosen (ADR 0015): {@code usage.storage=jdbc}, also when the property is not set. Every bean
 * that implements a storage port carries {@code @LookupIfProperty(name = JdbcStorage.SELECTED_BY, stringValue =
 * JdbcStorage.NAME, lookupIfMissing = true)}, so that the application's wiring finds it only when chosen, and
 * {@link DatabaseOnlyWhenSelected} leaves the database closed otherwise.
 */
public final class JdbcStorage {

    /** The property that chooses the storage adapter, shared by every storage adapter. */
    public static final String SELECTED_BY = "usage.storage";
    /** This adapter's name, and the default. */
    public static final String NAME = "jdbc";

    private JdbcStorage() {
    }

    /** Whether the value of {@link #SELECTED_BY} (null when unset) chooses this adapter. */
    public static boolean isSelectedBy(String storage) {
        return storage == null || NAME.equals(storage);
    }
}
