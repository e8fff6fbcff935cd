package com.agentusage.bootstrap;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service on a PostgreSQL that tests may kill and restart ({@link KillablePostgres}). */
public class OnKillablePostgres implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KillablePostgres.class));
    }
}
