package com.agentusage.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * A client that streams batches of new events until stopped, as a sender in production would: a batch that
 * was not acknowledged with 200 (503, a refused or broken connection) is sent again later, and every batch
 * acknowledged is remembered, so a test can check that each of them is stored exactly once.
 */
final class BatchSender implements Runnable {

    /** A batch and the ids of its events. */
    record Batch(List<String> ids, String json) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI endpoint;
    private final String token;
    private final String prefix;
    private final int batchSize;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Queue<Batch> unacknowledged = new ConcurrentLinkedQueue<>();
    private final List<Batch> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    private int next;

    BatchSender(String baseUrl, long agent, String token, String prefix, int batchSize) {
        this.endpoint = URI.create(baseUrl + "/bots/analytics/" + agent + "/events.json");
        this.token = token;
        this.prefix = prefix;
        this.batchSize = batchSize;
    }

    @Override
    public void run() {
        while (!stopped.get()) {
            Batch batch = unacknowledged.isEmpty() ? newBatch() : unacknowledged.poll();
            if (!send(batch)) {
                unacknowledged.add(batch);
                pause();
            }
        }
    }

    void stop() {
        stopped.set(true);
    }

    /** Sends what is still unacknowledged until it is, or the deadline passes. */
    void drain(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!unacknowledged.isEmpty() && Instant.now().isBefore(deadline)) {
            Batch batch = unacknowledged.poll();
            if (!send(batch)) {
                unacknowledged.add(batch);
                pause();
            }
        }
    }

    /** Sends a batch once; says whether the service acknowledged it. */
    boolean send(Batch batch) {
        int status = post(batch.json());
        statuses.merge(status, 1, Integer::sum);
        if (status == 200) {
            acknowledged.add(batch);
            return true;
        }
        return false;
    }

    /** Sends an acknowledged batch again and answers how many of its events were new: 0 if all were stored. */
    int acceptedOnResend(Batch batch) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(batch.json()), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("resending answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("accepted").asInt();
    }

    private int post(String json) {
        try {
            return http.send(request(json), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest request(String json) {
        return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Access-Token", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    List<Batch> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    int unacknowledged() {
        return unacknowledged.size();
    }

    /** How often each status was answered; -1 counts requests that got no answer. */
    Map<Integer, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    private Batch newBatch() {
        int first = next;
        next += batchSize;
        List<String> ids = IntStream.range(first, first + batchSize).mapToObj(i -> prefix + "-" + i).toList();
        StringBuilder json = new StringBuilder("{\"events\":[");
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",").append(Api.message(ids.get(i), prefix + "-s" + (first + i) % 97,
                    Long.toString(1586502000L + (first + i) % 300_000), "successful"));
        }
        return new Batch(ids, json.append("]}").toString());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
