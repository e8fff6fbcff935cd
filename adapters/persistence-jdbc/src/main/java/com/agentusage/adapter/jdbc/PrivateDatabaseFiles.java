package com.agentusage.adapter.jdbc;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An H2 file database holds every event and token hash of the instance, so its directory is made the service
 * user's alone (0700) and so are the files in it (0600). H2 creates them with the process's umask (0755 and 0644
 * under the usual 022) and takes no mode, so this narrows them at start: after Flyway's migrations, before any
 * user or event exists on a new database. A private directory also keeps out files H2 creates later.
 */
@ApplicationScoped
class PrivateDatabaseFiles {

    private static final Logger LOG = Logger.getLogger(PrivateDatabaseFiles.class);

    void onStart(@Observes StartupEvent started, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                 @ConfigProperty(name = JdbcStorage.SELECTED_BY) Optional<String> storage) {
        if (JdbcStorage.isSelectedBy(storage.orElse(null))) {
            directoryOf(url).ifPresent(PrivateDatabaseFiles::makePrivate);
        }
    }

    /** The directory of an H2 database in local files, from its JDBC URL; nothing for memory or a server. */
    static Optional<Path> directoryOf(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        if (name.matches("^[a-zA-Z]+:.*") && !name.matches("^[a-zA-Z]:[/\\\\].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, ... (but C:\ is a file)
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path parent = Path.of(name).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    static void makePrivate(Path directory) {
        if (!Files.isDirectory(directory) || Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            for (Path file : regular) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            LOG.debugf("The database directory %s and its %d files are readable by this user only", directory, regular.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the database directory " + directory + " private", e);
        }
    }
}
