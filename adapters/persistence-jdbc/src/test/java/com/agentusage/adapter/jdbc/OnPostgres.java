package com.agentusage.adapter.jdbc;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Runs a test class against PostgreSQL instead of the default H2. The database kind is fixed at build time,
 * and a test profile rebuilds the application, so the override takes effect.
 */
public class OnPostgres implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedPostgresResource.class));
    }
}
