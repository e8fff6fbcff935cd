package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.usage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * While a client streams batches, PostgreSQL is killed with SIGKILL and started again, twice. Every batch the
 * service acknowledged must be stored, each event once. The normal run takes about 10 s; set
 * -Dreliability.seconds for a longer one (docs/reliability.md).
 */
@QuarkusTest
@TestProfile(OnKillablePostgres.class)
class CrashSafetyOnPostgresTest {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("reliability.seconds", 6));
    private static final int KILLS = 2;

    @Test
    void givenAStreamingClient_whenPostgresIsKilledAndRestarted_thenEveryAcknowledgedEventIsStoredExactlyOnce()
            throws Exception {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        BatchSender sender = new BatchSender("http://localhost:" + RestAssured.port, agent, editor.token(), "crash", 50);
        Thread client = new Thread(sender, "streaming-client");
        client.start();

        for (int kill = 0; kill < KILLS; kill++) {
            Thread.sleep(RUN.dividedBy(KILLS + 1));
            KillablePostgres.killAbruptly();
            Thread.sleep(1_000);
            KillablePostgres.restart();
            awaitReady();
        }
        Thread.sleep(RUN.dividedBy(KILLS + 1));
        sender.stop();
        client.join();
        sender.drain(Duration.ofSeconds(30));

        assertThat(sender.unacknowledged()).isZero();
        assertThat(sender.statuses()).as("answers during the run").containsKey(200).doesNotContainKeys(500, 502);
        Set<String> ids = new HashSet<>();
        for (BatchSender.Batch batch : sender.acknowledged()) {
            ids.addAll(batch.ids());
            // Sent again, an acknowledged batch must be all duplicates: every event of it is stored.
            assertThat(sender.acceptedOnResend(batch)).isZero();
        }
        assertThat(usage(editor.token(), agent, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(200).extract()
                .jsonPath().getLong("aggregate_stats.messages_count")).as("stored once each").isEqualTo(ids.size());
        System.out.printf("crash safety on PostgreSQL: %d kills, %d batches (%d events) acknowledged, answers %s%n",
                KILLS, sender.acknowledged().size(), ids.size(), sender.statuses());
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (given().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }
}
