package com.agentusage.adapter.avaamo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upstream whose every answer is a JSON object of {@link #ANSWER_BYTES} bytes, written in chunks as the reader
 * takes them, without a Content-Length: nothing of it is held in memory here. Agent {@link #AGENT} lives on it,
 * with the service's default limits.
 */
public class FirehoseUpstream implements QuarkusTestResourceLifecycleManager {

    public static final long AGENT = 20_101;
    public static final long ANSWER_BYTES = 200L * 1024 * 1024;
    private static final AtomicInteger ANSWERS_WRITTEN = new AtomicInteger();
    private static HttpServer server;

    /** Answers written to their end: the reader took every byte, whether it kept them or not. */
    public static int answersWritten() {
        return ANSWERS_WRITTEN.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the firehose upstream could not start", e);
        }
        server.createContext("/", FirehoseUpstream::answer);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        String prefix = "usage.upstream.agents." + AGENT + ".";
        return Map.of(prefix + "base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                prefix + "agent-id", "1", prefix + "token", "firehose-token");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        byte[] opening = "{\"padding\": \"".getBytes(StandardCharsets.US_ASCII);
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(opening);
            for (long written = opening.length; written < ANSWER_BYTES - 2; written += spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, ANSWER_BYTES - 2 - written));
            }
            out.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        ANSWERS_WRITTEN.incrementAndGet();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
