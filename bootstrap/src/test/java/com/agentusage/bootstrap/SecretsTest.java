package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.domain.access.AccessToken;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens are secrets: not in the log, not in the database, whatever callers do with them. */
@QuarkusTest
@TestProfile(SecretsTest.LoggingToAFile.class)
class SecretsTest {

    static final Path LOG = Path.of("target", "secrets-test-" + ProcessHandle.current().pid() + ".log");

    public static class LoggingToAFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Everything the service logs, at DEBUG; only the test's own HTTP client (Apache HttpClient, inside this
            // JVM but not part of the service) is kept quiet, since it logs the headers it sends.
            return Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.level", "DEBUG", "quarkus.log.min-level", "DEBUG",
                    "quarkus.log.category.\"org.apache.http\".level", "INFO", "quarkus.log.console.level", "INFO");
        }
    }

    @Inject AgroalDataSource dataSource;

    @Test
    void givenTheTestsShortAdminToken_whenTheServiceStarted_thenItWarnedThatTheTokenIsShortWithoutWritingIt()
            throws Exception {
        String log = Files.readString(LOG);

        assertThat(log).contains("The admin token (USAGE_ADMIN_TOKEN) has fewer than 32 characters")
                .doesNotContain(ADMIN_TOKEN);
    }

    @Test
    void givenTokensUsedInEveryWay_whenTheLogAndTheDatabaseAreRead_thenNoTokenAppearsInEither() throws Exception {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        Caller viewer = newUserWith(agent, "view");
        postEvents(editor.token(), agent, batch(message("m", "s", "1586502000", "successful"))).then().statusCode(200);
        postEvents(viewer.token(), agent, batch(message("m", "s", "1586502000", "successful"))).then().statusCode(403);
        postEvents(editor.token(), agent, "{not json").then().statusCode(400);
        usage(viewer.token(), agent, Map.of("from_date", "31/02/2024")).then().statusCode(422);
        String rotated = as(ADMIN_TOKEN).post("/admin/users/{user}/token", viewer.id()).then().statusCode(200)
                .extract().jsonPath().getString("access_token");
        usage(viewer.token(), agent, Map.of()).then().statusCode(401);
        List<String> secrets = List.of(ADMIN_TOKEN, editor.token(), viewer.token(), rotated);

        String log = Files.readString(LOG);
        assertThat(log).as("the log was written").isNotEmpty();
        assertThat(secrets).allSatisfy(secret -> assertThat(log).doesNotContain(secret));

        List<String> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT token_hash FROM app_user")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        assertThat(stored).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(stored).doesNotContainAnyElementsOf(secrets)
                .contains(new AccessToken(editor.token()).hash().hex(), new AccessToken(rotated).hash().hex())
                .doesNotContain(new AccessToken(viewer.token()).hash().hex());
    }
}
