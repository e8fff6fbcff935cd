package com.agentusage.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged service (built for PostgreSQL), started as its own process. */
final class ServiceProcess implements AutoCloseable {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    // One client for every start, so polling a starting service costs little of the CPU the service starts on.
    private static final HttpClient READINESS = HttpClient.newHttpClient();

    private final Process process;
    final Duration startup;
    final String baseUrl;

    private ServiceProcess(Process process, Duration startup, String baseUrl) {
        this.process = process;
        this.startup = startup;
        this.baseUrl = baseUrl;
    }

    /** Starts the service with the given JVM options and waits until it is ready, a minute at most. */
    static ServiceProcess start(Path jar, BenchmarkDatabase database, int port, String adminToken, String... jvmOptions)
            throws Exception {
        return start(jar, database, port, adminToken, Duration.ofMinutes(1), jvmOptions);
    }

    /** Starts the service with the given JVM options and waits until it is ready, {@code patience} at most. */
    static ServiceProcess start(Path jar, BenchmarkDatabase database, int port, String adminToken, Duration patience,
                                String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(jar.resolveSibling("benchmark-service.log").toFile()));
        builder.environment().putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", database.url,
                "QUARKUS_DATASOURCE_USERNAME", database.user,
                "QUARKUS_DATASOURCE_PASSWORD", System.getenv().getOrDefault("BENCH_PG_PASSWORD", ""),
                "QUARKUS_HTTP_PORT", Integer.toString(port), "USAGE_ADMIN_TOKEN", adminToken,
                "USAGE_RATE_LIMIT_PER_MINUTE", "1000000000", "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "16"));
        long started = System.nanoTime();
        Process process = builder.start();
        String baseUrl = "http://localhost:" + port;
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (READINESS.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServiceProcess(process, Duration.ofNanos(System.nanoTime() - started), baseUrl);
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(10);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not start; see " + jar.resolveSibling("benchmark-service.log"));
    }

    /** Stops the service gracefully (an AOT cache being recorded is written as the JVM exits). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
