package com.agentusage.adapter.memory;

/**
 * How this adapter is chosen (ADR 0015): {@code usage.storage=memory}. Each of its port implementations carries
 * {@code @LookupIfProperty(name = MemoryStorage.SELECTED_BY, stringValue = MemoryStorage.NAME)}, so that the
 * application's wiring finds it only when chosen.
 */
public final class MemoryStorage {

    /** The property that chooses the storage adapter, shared by every storage adapter. */
    public static final String SELECTED_BY = "usage.storage";
    /** This adapter's name. */
    public static final String NAME = "memory";

    private MemoryStorage() {
    }
}
