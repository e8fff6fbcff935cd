package com.agentusage.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Throughput from a second process: wrk (Debian package wrk), with latency percentiles. */
final class Wrk {

    private Wrk() {
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
