package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service on a PostgreSQL that tests may kill and restart ({@link KillablePostgres}). */
public class OnKillablePostgres implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // Streaming clients send more than a caller normally may.
        return Map.of("quarkus.datasource.db-kind", "postgresql", "usage.rate-limit.per-minute", "10000000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KillablePostgres.class));
    }
}
