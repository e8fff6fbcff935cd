package com.agentusage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What the benchmark asks of the service over HTTP, timed on the client, over loopback. */
final class HttpLoad {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    HttpLoad(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    JsonNode call(String method, String path, String token, String body) throws IOException, InterruptedException {
        return send(method, path, token, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private JsonNode send(String method, String path, String token, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    /** What runs, unmeasured, before each measured request. */
    interface Preparation {
        void run() throws IOException, InterruptedException;
    }

    /**
     * Latencies in milliseconds of {@code times} sequential GETs, after {@code warmup} unmeasured ones, each
     * after {@code before}; sorted.
     */
    double[] latencies(String path, String token, int warmup, int times, Preparation before)
            throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            before.run();
            call("GET", path, token, null);
        }
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            before.run();
            long started = System.nanoTime();
            call("GET", path, token, null);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** Stores one new message for the agent: the agent's reports must then be computed again. */
    void touch(long agent, String token, long atMs) throws IOException, InterruptedException {
        call("POST", "/bots/analytics/" + agent + "/events.json", token, "{\"events\":[{\"id\":\"touch-" + System.nanoTime()
                + "\",\"type\":\"message\",\"session_id\":\"touch\",\"timestamp\":" + atMs / 1000 + ",\"outcome\":\"successful\"}]}");
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /**
     * Events per second stored by {@code clients} clients each posting {@code batches} batches of
     * {@code batchSize}. The bodies are made before the clock starts, so that the clients, which share the
     * machine with the service, spend their time on HTTP only.
     */
    double ingest(long agent, String token, int clients, int batchSize, int batches, long startMs) throws Exception {
        List<List<byte[]>> bodies = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            List<byte[]> ofClient = new ArrayList<>();
            for (int batch = 0; batch < batches; batch++) {
                ofClient.add(batch(client, batch, batchSize, startMs).getBytes(StandardCharsets.UTF_8));
            }
            bodies.add(ofClient);
        }
        AtomicLong stored = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (List<byte[]> ofClient : bodies) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (byte[] body : ofClient) {
                    try {
                        JsonNode answer = send("POST", "/bots/analytics/" + agent + "/events.json", token,
                                HttpRequest.BodyPublishers.ofByteArray(body));
                        stored.addAndGet(answer.get("accepted").asLong());
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return stored.get() / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * A live stream as one client would send it: each client its own sessions of 20 messages, 10 ms apart,
     * every batch continuing where the previous one ended, from {@code startMs} on.
     */
    private static String batch(int client, int batch, int size, long startMs) {
        StringBuilder body = new StringBuilder(size * 110).append("{\"events\":[");
        for (int i = 0; i < size; i++) {
            long sequence = (long) batch * size + i;
            long atMs = startMs + sequence * 10;
            // Ids name the stream's start too: streams from different starts never share an event or a session.
            body.append(i == 0 ? "" : ",").append("{\"id\":\"h").append(startMs).append('-').append(client).append('-')
                    .append(sequence).append("\",\"type\":\"message\",\"session_id\":\"hs").append(startMs).append('-')
                    .append(client).append('-').append(sequence / 20)
                    .append("\",\"timestamp\":").append(atMs / 1000).append('.').append(String.format("%03d", atMs % 1000))
                    .append(",\"outcome\":\"successful\"}");
        }
        return body.append("]}").toString();
    }

    private HttpRequest request(String method, String path, String token, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
                .header("Access-Token", token).header("Content-Type", "application/json").method(method, body).build();
    }
}
