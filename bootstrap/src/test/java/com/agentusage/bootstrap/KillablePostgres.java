package com.agentusage.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL that a test can kill abruptly (SIGKILL to the postmaster, as a crash or an OOM kill would)
 * and start again on the same data directory and port, to see what callers get meanwhile and what survives.
 */
public class KillablePostgres implements QuarkusTestResourceLifecycleManager {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("agent-usage-pg-");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                // Callers learn of an outage in 2 s rather than the default 5 s.
                "quarkus.datasource.jdbc.acquisition-timeout", "2s");
    }

    /**
     * Durable as a production server is: the embedded server's defaults turn fsync and synchronous commit off
     * for speed, and then a crash loses commits that were already acknowledged (this test showed it).
     */
    private static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    /**
     * Kills the whole server with SIGKILL, postmaster and every backend at once, as a crash of its machine or
     * container would. (Killing the postmaster alone leaves its backends serving open connections: PostgreSQL
     * itself says never to do that, and it is no crash anyone meets.)
     */
    public static void killAbruptly() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> server = new ArrayList<>(postmaster.descendants().toList());
        server.add(postmaster);
        server.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : server) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
        Thread.sleep(Duration.ofMillis(500));
    }

    /** Starts PostgreSQL again on the same data, which recovers from its write-ahead log. */
    public static void restart() {
        try {
            // Releases the killed server's lock on the data directory; its stop command finds nothing to stop.
            server.close();
            startServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
