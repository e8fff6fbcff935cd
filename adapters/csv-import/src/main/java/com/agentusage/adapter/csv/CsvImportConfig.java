package com.agentusage.adapter.csv;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The CSV inbox: off unless enabled, and then it needs the token of a user who may edit the agents. */
@ConfigMapping(prefix = "usage.csv-import")
public interface CsvImportConfig {

    @WithDefault("false")
    boolean enabled();

    /** Where files arrive; imported ones move to done/, rejected ones to failed/ with a .errors.txt beside them. */
    @WithDefault("inbox")
    Path directory();

    /** How often the inbox is looked at. */
    @WithDefault("10s")
    Duration every();

    /** The access token the import sends events with: its user needs edit permission on each file's agent. */
    Optional<String> token();
}
