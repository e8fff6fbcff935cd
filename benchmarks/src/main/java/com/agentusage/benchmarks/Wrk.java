package com.agentusage.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Throughput from a second process: wrk (Debian package wrk), with latency percentiles. */
final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private Wrk() {
    }

    /** Requests a second over {@code length}. */
    static double requestsPerSecond(String url, String token, Duration length) throws IOException, InterruptedException {
        String output = run(url, token, length);
        Matcher rate = REQUESTS_PER_SECOND.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk gave no rate:\n" + output);
        }
        return Double.parseDouble(rate.group(1));
    }

    static String run(String url, String token, Duration length) throws IOException, InterruptedException {
        Process wrk;
        try {
            wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + length.toSeconds() + "s", "--timeout", "10s", "--latency",
                    "-H", "Access-Token: " + token, url).redirectErrorStream(true).start();
        } catch (IOException e) {
            return "wrk is not installed (apt-get install wrk)\n";
        }
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        return output;
    }
}
