package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;

import com.agentusage.adapter.jdbc.OnPostgres;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.TokenHash;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a failing statement leaves in the log on PostgreSQL: its driver can write a failed batch's statement with
 * its values into the exception's message, which the service logs with an unexpected failure's stack trace.
 */
@QuarkusTest
@TestProfile(SecretsOnPostgresTest.LoggingToAFile.class)
class SecretsOnPostgresTest {

    static final Path LOG = Path.of("target", "secrets-on-postgres-test-" + ProcessHandle.current().pid() + ".log");

    public static class LoggingToAFile extends OnPostgres {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.putAll(Map.of("quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.category.\"org.apache.http\".level", "INFO", "quarkus.log.console.level", "INFO"));
            return overrides;
        }
    }

    private static final String EMBEDDED_SERVER = "\"loggerName\":\"io.zonky.test.db.postgres";

    @Inject SelectedStorage storage;

    @Test
    void givenANameWithNul_whenTheApiIsAsked_thenItIs422_andAStatementFailingBehindItsBack_thenNoneOfItsValuesCanReachTheLog()
            throws Exception {
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("name", "al\u0000ice")).post("/admin/users").then()
                .statusCode(422).body("error", equalTo("name must not contain control characters"));
        TokenHash hash = AccessToken.generate(new SecureRandom()).hash();

        storage.transactions.inTransaction(() -> storage.accounts.create("first holder", hash));

        // Behind the use cases' back: a second user with the same token hash breaks a unique key, whose failure the
        // database explains by quoting the key's value.
        Throwable failure = catchThrowable(() -> storage.transactions.inTransaction(() -> storage.accounts.create("second holder", hash)));

        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).as("what a logged stack trace would say").contains("insert into app_user")
                .doesNotContain(hash.hex()).doesNotContain("second holder");
        // The embedded server's own log is copied into this one; a database server's log is the database's.
        assertThat(Files.readAllLines(LOG)).filteredOn(line -> !line.contains(EMBEDDED_SERVER))
                .noneMatch(line -> line.contains(hash.hex()) || line.contains("second holder"));
    }
}
