package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.grant;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        Caller viewer = userOfAnAgentTheInboxFeeds(agent, "view");

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

    /**
     * Lets the importer edit the agent, and answers a new user of the agent with the level given. The importer is a
     * user like any other; its token is known to the test because it is in the configuration.
     */
    private Caller userOfAnAgentTheInboxFeeds(long agent, String level) throws IOException {
        User importer = storage.transactions.inTransaction(() -> storage.accounts.findByToken(IMPORTER.hash())
                .orElseGet(() -> storage.accounts.create("csv importer", IMPORTER.hash())));
        grant(agent, new Caller(importer.id().value(), IMPORTER.secret()), "edit");
        Files.createDirectories(INBOX);
        return newUserWith(agent, level);
    }

    /** Each bad field as events.json and as the CSV inbox receive it: id, type, session_id, timestamp, outcome, disambiguation. */
    private static final List<List<String>> BAD_EVENTS = List.of(
            List.of("a\u0000b", "message", "s", "1586502000", "successful", ""),
            List.of("", "message", "s", "1586502000", "successful", ""),
            List.of("x".repeat(129), "message", "s", "1586502000", "successful", ""),
            List.of("m", "message", "s\tt", "1586502000", "successful", ""),
            List.of("m", "click", "s", "1586502000", "", ""),
            List.of("m", "message", "s", "yesterday", "successful", ""),
            List.of("m", "message", "s", "1e-100000000", "successful", ""),
            List.of("m", "message", "s", "253402300800", "successful", ""),
            List.of("m", "message", "s", "1586502000", "maybe", ""),
            List.of("m", "message", "s", "1586502000", "successful", "no_selection"),
            List.of("i", "intervention", "s", "1586502000", "unhandled", ""));

    @Test
    void givenTheSameBadFieldsInJsonAndInCsv_whenSent_thenBothNameEachInTheSameWords() throws Exception {
        long agent = newAgent();
        Caller editor = userOfAnAgentTheInboxFeeds(agent, "edit");

        List<String> jsonErrors = postEvents(editor.token(), agent, "{\"events\": ["
                + BAD_EVENTS.stream().map(CsvImportEndToEndTest::asJson).collect(Collectors.joining(",")) + "]}")
                .then().statusCode(422).extract().jsonPath().getList("details.error", String.class);
        Files.writeString(INBOX.resolve(agent + "-bad.csv"), String.join(",", HEADER) + "\n"
                + BAD_EVENTS.stream().map(fields -> String.join(",", fields)).collect(Collectors.joining("\n")) + "\n");
        Path errors = INBOX.resolve("failed").resolve(agent + "-bad.csv.errors.txt");
        awaitFile(errors);
        List<String> csvErrors = Files.readAllLines(errors).stream().map(line -> line.replaceFirst("^line \\d+: ", "")).toList();

        assertThat(jsonErrors).hasSize(BAD_EVENTS.size()).doesNotHaveDuplicates();
        assertThat(csvErrors).isEqualTo(jsonErrors);
    }

    private static final List<String> HEADER = List.of("id", "type", "session_id", "timestamp", "outcome", "disambiguation");

    /** JSON types its values: a number is written bare, text as a string; an empty field is left out. */
    private static String asJson(List<String> fields) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            String value = fields.get(i);
            boolean number = HEADER.get(i).equals("timestamp") && value.matches("[0-9eE.+-]+");
            if (!value.isEmpty() || i < 3) {
                members.add("\"" + HEADER.get(i) + "\": " + (number ? value : "\"" + escaped(value) + "\""));
            }
        }
        return "{" + String.join(", ", members) + "}";
    }

    private static String escaped(String text) {
        StringBuilder json = new StringBuilder();
        text.chars().forEach(c -> json.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return json.toString();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(file).exists();
    }
}
