package com.agentusage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on PostgreSQL, killed with SIGKILL three times while four clients stream batches, and
 * started again each time. Every batch it acknowledged must be stored, each event once. Run by .ci/reliability
 * (docs/reliability.md), after the build has packaged the service as a mutable jar in target/mutable-app.
 */
@Tag("reliability")
class ServiceKillReliabilityIT {

    private static final Path APP = Path.of("target", "mutable-app", "quarkus-run.jar");
    private static final String ADMIN = "reliability-admin-token";
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("reliability.seconds", 20));
    private static final int KILLS = 3;
    private static final int CLIENTS = 4;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private Map<String, String> database;
    private int port;

    @Test
    void givenStreamingClients_whenTheServiceIsKilledAndRestarted_thenEveryAcknowledgedEventIsStoredExactlyOnce()
            throws Exception {
        KillablePostgres postgres = new KillablePostgres();
        database = postgres.start();
        Process service = null;
        try {
            reaugmentFor("postgresql");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            service = startService();
            long agent = 20_001;
            call("POST", "/admin/agents", ADMIN, "{\"id\": " + agent + ", \"name\": \"reliability\"}");
            JsonNode user = call("POST", "/admin/users", ADMIN, "{\"name\": \"sender\"}");
            call("PUT", "/admin/agents/" + agent + "/permissions/" + user.get("id").asLong(), ADMIN, "{\"level\": \"edit\"}");
            String token = user.get("access_token").asText();

            List<BatchSender> senders = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                BatchSender sender = new BatchSender(baseUrl(), agent, token, "kill" + client, 100);
                senders.add(sender);
                threads.add(Thread.ofPlatform().start(sender));
            }
            for (int kill = 0; kill < KILLS; kill++) {
                Thread.sleep(RUN.dividedBy(KILLS + 1));
                service.destroyForcibly().waitFor();
                service = startService();
            }
            Thread.sleep(RUN.dividedBy(KILLS + 1));
            senders.forEach(BatchSender::stop);
            for (Thread thread : threads) {
                thread.join();
            }

            Set<String> ids = new HashSet<>();
            int batches = 0;
            for (BatchSender sender : senders) {
                sender.drain(Duration.ofSeconds(30));
                assertThat(sender.unacknowledged()).isZero();
                assertThat(sender.statuses()).doesNotContainKeys(500, 502);
                for (BatchSender.Batch batch : sender.acknowledged()) {
                    ids.addAll(batch.ids());
                    assertThat(sender.acceptedOnResend(batch)).as("an acknowledged batch is stored").isZero();
                    batches++;
                }
            }
            long stored = call("GET", "/bots/analytics/" + agent
                    + "/usage.json?from_date=10/04/2020&to_date=13/04/2020&utc_offset=-25200", token, null)
                    .get("aggregate_stats").get("messages_count").asLong();
            assertThat(stored).as("each event stored once").isEqualTo(ids.size());
            System.out.printf("service SIGKILL on PostgreSQL: %d kills in %d s, %d batches (%d events) acknowledged, "
                    + "answers %s%n", KILLS, RUN.toSeconds(), batches, ids.size(),
                    senders.stream().map(BatchSender::statuses).toList());
        } finally {
            if (service != null) {
                service.destroyForcibly().waitFor();
            }
            postgres.stop();
        }
    }

    /** Rebuilds the mutable jar for another database kind, a build-time setting (docs/adr/0003). */
    private void reaugmentFor(String dbKind) throws IOException, InterruptedException {
        Process rebuild = new ProcessBuilder(java, "-Dquarkus.launch.rebuild=true", "-Dquarkus.datasource.db-kind=" + dbKind,
                "-jar", APP.toString()).inheritIO().start();
        assertThat(rebuild.waitFor()).as("re-augmentation").isZero();
    }

    private Process startService() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", APP.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/reliability-service.log")));
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", database.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", database.get("quarkus.datasource.password"),
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "USAGE_ADMIN_TOKEN", ADMIN,
                "USAGE_RATE_LIMIT_PER_MINUTE", "10000000"));
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not become ready; see target/reliability-service.log");
    }

    private JsonNode call(String method, String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Access-Token", token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
