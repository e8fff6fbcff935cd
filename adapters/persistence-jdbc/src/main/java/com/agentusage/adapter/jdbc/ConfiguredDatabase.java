package com.agentusage.adapter.jdbc;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The database kind the service was built for, read from configuration once for every room that needs it. */
@Singleton
class ConfiguredDatabase {

    @Produces
    @Singleton
    DatabaseKind kind(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        return DatabaseKind.named(dbKind);
    }
}
