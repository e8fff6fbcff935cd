package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.grant;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.usage;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.User;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV inbox running inside the service: a file dropped in the inbox ends up in the agent's report. */
@QuarkusTest
@TestProfile(CsvImportEndToEndTest.WithInbox.class)
class CsvImportEndToEndTest {

    static final Path INBOX = Path.of("target", "csv-inbox-" + ProcessHandle.current().pid());
    static final AccessToken IMPORTER = new AccessToken("csv-importer-token");

    public static class WithInbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.csv-import.enabled", "true",
                    "usage.csv-import.directory", INBOX.toString(),
                    "usage.csv-import.every", "200ms",
                    "usage.csv-import.token", IMPORTER.secret());
        }
    }

    @Inject SelectedStorage storage;

    @Test
    void givenACsvFileInTheInbox_whenTheServiceHasPolledIt_thenItsEventsAreCountedAndTheFileIsDone() throws Exception {
        long agent = newAgent();
        // The importer is a user like any other; its token is known to the test because it is in the configuration.
        User importer = storage.transactions.inTransaction(() -> storage.accounts.create("csv importer", IMPORTER.hash()));
        grant(agent, new Caller(importer.id().value(), IMPORTER.secret()), "edit");
        Caller viewer = newUserWith(agent, "view");
        Files.createDirectories(INBOX);

        Files.writeString(INBOX.resolve(agent + "-april.csv"), """
                id,type,session_id,timestamp,outcome,disambiguation
                m-1,message,s-1,1586502000,successful,
                m-2,message,s-1,1586502060,ambiguous,none_of_the_above
                i-1,intervention,s-1,1586502120,,
                """);

        awaitFile(INBOX.resolve("done").resolve(agent + "-april.csv"));
        JsonPath report = usage(viewer.token(), agent, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getInt("aggregate_stats.messages_count")).isEqualTo(2);
        assertThat(report.getInt("aggregate_stats.interventions_count")).isEqualTo(1);
        assertThat(report.getInt("aggregate_stats.success_rate_count")).isEqualTo(1);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(file).exists();
    }
}
