package com.agentusage.adapter.jdbc;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * When another storage adapter is chosen, the datasource and Hibernate ORM are made inactive, so the service opens
 * no database, runs no migration and writes nothing to disk. Quarkus reads these two settings at start, which is
 * what lets one packaged service run on either storage. Registered in META-INF/services.
 */
public class DatabaseOnlyWhenSelected implements ConfigSourceFactory {

    /** Below application.properties (250), so that an operator's own setting still wins. */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue storage = context.getValue(JdbcStorage.SELECTED_BY);
        if (JdbcStorage.isSelectedBy(storage == null ? null : storage.getValue())) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(
                Map.of("quarkus.datasource.active", "false", "quarkus.hibernate-orm.active", "false"),
                "persistence-jdbc: another storage is selected", ORDINAL));
    }
}
