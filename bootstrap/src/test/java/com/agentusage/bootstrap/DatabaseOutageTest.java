package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** PostgreSQL killed under the running service, then started again. */
@QuarkusTest
@TestProfile(OnKillablePostgres.class)
class DatabaseOutageTest {

    private static final String FIRST = batch(message("a1", "s1", "1586502000", "successful"),
            message("a2", "s1", "1586502060", "unhandled"));
    private static final String SECOND = batch(message("b1", "s2", "1586600000", "successful"));

    @Test
    void givenTheDatabaseIsKilled_whenCalled_thenCallersGet503AndNotReady_andAfterItsRestartNothingAcknowledgedIsLost()
            throws Exception {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        postEvents(editor.token(), agent, FIRST).then().statusCode(200).body("accepted", equalTo(2));

        KillablePostgres.killAbruptly();

        postEvents(editor.token(), agent, SECOND).then().statusCode(503).header("Retry-After", "5")
                .body("error", equalTo("The database is unavailable; try again shortly"));
        usage(editor.token(), agent, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(503);
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));

        KillablePostgres.restart();
        awaitReady();

        postEvents(editor.token(), agent, SECOND).then().statusCode(200).body("accepted", equalTo(1));
        postEvents(editor.token(), agent, FIRST).then().statusCode(200).body("duplicates", equalTo(2));
        assertThat(usage(editor.token(), agent, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(200)
                .extract().jsonPath().getInt("aggregate_stats.messages_count")).isEqualTo(3);
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (given().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
