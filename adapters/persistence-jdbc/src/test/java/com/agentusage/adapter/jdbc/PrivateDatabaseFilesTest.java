package com.agentusage.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateDatabaseFilesTest {

    @Test
    void givenTheDefaultFileDatabase_whenItsDirectoryIsAsked_thenItIsDataBesideTheWorkingDirectory() {
        assertThat(PrivateDatabaseFiles.directoryOf("jdbc:h2:file:./data/agent-usage;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"))
                .contains(Path.of("data").toAbsolutePath());
        assertThat(PrivateDatabaseFiles.directoryOf("jdbc:h2:/var/lib/usage/db")).contains(Path.of("/var/lib/usage"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:agent-usage;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db:9092/usage",
            "jdbc:postgresql://localhost:5432/agent_usage"})
    void givenADatabaseNotInLocalFiles_whenItsDirectoryIsAsked_thenThereIsNone(String url) {
        assertThat(PrivateDatabaseFiles.directoryOf(url)).isEmpty();
    }

    @Test
    void givenADirectoryAndFilesOthersMayRead_whenMadePrivate_thenOnlyTheOwnerMay(@TempDir Path parent) throws Exception {
        Path data = Files.createDirectory(parent.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path database = Files.createFile(data.resolve("agent-usage.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        PrivateDatabaseFiles.makePrivate(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
    }
}
