package com.agentusage.adapter.jdbc;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for tests on any machine: one started from the binaries on the test classpath, or the
 * server named by USAGE_TEST_POSTGRES_URL (with USAGE_TEST_POSTGRES_USER and _PASSWORD). Each start gets a
 * database of its own, so runs never see each other's rows.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String given = System.getenv("USAGE_TEST_POSTGRES_URL");
        if (given != null && !given.isBlank()) {
            return datasource(given, System.getenv().getOrDefault("USAGE_TEST_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("USAGE_TEST_POSTGRES_PASSWORD", ""));
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            String database = "usage_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = embedded.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("CREATE DATABASE " + database);
            }
            return datasource(embedded.getJdbcUrl("postgres", database), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database", e);
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
