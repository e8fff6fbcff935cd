package com.agentusage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default file database, in a directory of its own: nobody but the service's user may read it. */
@QuarkusTest
@TestProfile(PrivateFilesTest.OnAFileDatabase.class)
class PrivateFilesTest {

    static final Path DATA = Path.of("target", "private-files-test-" + ProcessHandle.current().pid(), "data");

    public static class OnAFileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./" + DATA.resolve("agent-usage") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        }
    }

    @Test
    void givenTheServiceStartedOnAFileDatabase_whenItsFilesAreLookedAt_thenTheDirectoryIs0700AndEachFile0600()
            throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DATA)) {
            files = listing.filter(Files::isRegularFile).toList();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA))).isEqualTo("rwx------");
        assertThat(files).extracting(Path::getFileName).map(Path::toString).contains("agent-usage.mv.db");
        assertThat(files).allSatisfy(file ->
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
    }
}
