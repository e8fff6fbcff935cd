package com.agentusage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads N events for 20 agents over 400 days into PostgreSQL, then measures in one run, for each packaged build it
 * is given (bench.jars), on the same data: the baseline count(*) over the rows a report reads; usage.json over HTTP
 * for 4-, 30-, 90- and 365-day windows, warm; ingestion through events.json in 1,000-event batches; usage.json
 * throughput under wrk; and the service's startup. Run it with .ci/benchmark (docs/benchmarks.md).
 */
public final class UsageBenchmark {

    private static final int AGENTS = 20;
    private static final int DAYS = 400;
    private static final long FIRST_AGENT = 30_001;
    private static final String ADMIN = "benchmark-admin-token";
    private static final int ALTERNATING_ROUNDS = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private UsageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("bench.events", 30_000_000L);
        List<Build> builds = Build.parse(System.getProperty("bench.jars",
                "this build=bootstrap/target/aot-app/quarkus-run.jar"));
        Path current = builds.getLast().jar();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long endMs = today.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000;

        try (BenchmarkDatabase database = new BenchmarkDatabase()) {
            String token;
            try (ServiceProcess service = ServiceProcess.start(current, database, 18090, ADMIN)) {
                token = register(new HttpLoad(service.baseUrl));
            }
            long loadStarted = System.nanoTime();
            database.load(events, AGENTS, DAYS, endMs, FIRST_AGENT);
            System.out.printf("loaded %,d events in %.0f s%n", events, (System.nanoTime() - loadStarted) / 1e9);
            long derivationStarted = System.nanoTime();
            try (ServiceProcess deriving = ServiceProcess.start(current, database, 18090, ADMIN, Duration.ofHours(6),
                    "-Dusage.jdbc.derive-usage-at-start=true")) {
                System.out.printf("derived the usage tables in %.0f s (a start with usage.jdbc.derive-usage-at-start)%n",
                        (System.nanoTime() - derivationStarted) / 1e9);
            }
            database.analyze();

            for (int i = 0; i < builds.size(); i++) {
                measure(builds.get(i), i, database, token, today, endMs);
            }
            if (builds.size() > 1) {
                alternate(builds, database, token, today, endMs);
            }
        }
    }

    /**
     * A packaged service to measure, what to call it in the output, and whether it is earlier than the last one, which
     * prepares the data: an earlier build runs on the schema the last one migrated, so it skips the migrations it
     * does not know and its entities' check of that schema (a later migration may have changed what they expect, a
     * sequence's increment).
     */
    private record Build(String label, Path jar, boolean earlier) {

        /** {@code label=path,label=path}, in the order they are measured; the last one prepares the data. */
        static List<Build> parse(String spec) {
            String[] entries = spec.split(",");
            List<Build> builds = new ArrayList<>();
            for (int i = 0; i < entries.length; i++) {
                String[] parts = entries[i].split("=", 2);
                builds.add(new Build(parts[0].strip(), Path.of(parts[1].strip()), i < entries.length - 1));
            }
            return builds;
        }

        /** The AOT cache its training run records, beside its jar. */
        Path aotCache() {
            return jar.resolveSibling("app.aot");
        }

        /** The JVM options of one start: those every start of this build needs, then {@code more}. */
        String[] options(String... more) {
            List<String> all = new ArrayList<>(earlier ? List.of("-Dquarkus.flyway.ignore-migration-patterns=*:future",
                    "-Dquarkus.hibernate-orm.schema-management.strategy=none") : List.of());
            all.addAll(List.of(more));
            return all.toArray(String[]::new);
        }

        /** The JVM options of a start from its AOT cache, then {@code more}. */
        String[] fromItsCache(String... more) {
            List<String> all = new ArrayList<>(List.of("-XX:AOTCache=" + aotCache()));
            all.addAll(List.of(more));
            return options(all.toArray(String[]::new));
        }
    }

    /**
     * Everything measured of one build, on the same data as the others; its ingestion goes to agents of its own.
     */
    private static void measure(Build build, int index, BenchmarkDatabase database, String token, LocalDate today,
                                long endMs) throws Exception {
        Path jar = build.jar();
        System.out.printf("%n## %s (%s)%n", build.label(), jar);
        // A training run records the classes the service loads into an AOT cache (JDK 24 and later), which
        // the measured run starts from, as a deployment would (docs/operations.md).
        Duration trainingStartup;
        try (ServiceProcess training = ServiceProcess.start(jar, database, 18090, ADMIN,
                build.options("-XX:AOTCacheOutput=" + build.aotCache()))) {
            trainingStartup = training.startup;
            train(new HttpLoad(training.baseUrl), token, today, endMs);
        }
        long startup = medianStartup(jar, database, build.fromItsCache());
        long startupC1Only = medianStartup(jar, database, build.fromItsCache("-XX:TieredStopAtLevel=1"));
        try (ServiceProcess service = ServiceProcess.start(jar, database, 18090, ADMIN, build.fromItsCache())) {
            HttpLoad http = new HttpLoad(service.baseUrl);
            System.out.printf("%n| window | rows read | baseline count(*) | usage.json p50 | p95 | p50 / baseline |%n");
            System.out.printf("|---|---|---|---|---|---|%n");
            for (int days : List.of(4, 30, 90, 365)) {
                LocalDate from = today.minusDays(days - 1);
                long fromMs = from.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000;
                long previousMs = fromMs - days * BenchmarkDatabase.DAY_MS;
                long rows = database.count(FIRST_AGENT, previousMs, endMs);
                double baseline = median(() -> database.count(FIRST_AGENT, previousMs, endMs));
                // A message stored before each request moves the agent's revision: every report is computed.
                double[] latencies = http.latencies("/bots/analytics/" + FIRST_AGENT + "/usage.json?from_date="
                        + DATE.format(from) + "&to_date=" + DATE.format(today), token, 3, 15,
                        () -> http.touch(FIRST_AGENT, token, endMs - BenchmarkDatabase.DAY_MS));
                double p50 = HttpLoad.percentile(latencies, 50);
                System.out.printf("| %d days | %,d | %.1f ms | %.1f ms | %.1f ms | %.2fx |%n", days, rows, baseline, p50,
                        HttpLoad.percentile(latencies, 95), p50 / baseline);
            }
            System.out.println();
            for (int clients : List.of(4, 8)) {
                // Each run to an agent of its own, whose sessions start where no other run's are.
                long agent = FIRST_AGENT + 1 + 2L * index + clients / 8;
                double perSecond = http.ingest(agent, token, clients, 1_000, 2_000 / clients,
                        endMs - 2 * BenchmarkDatabase.DAY_MS);
                System.out.printf("ingestion: %,.0f events/s (%d clients, 2,000 batches of 1,000 events in all)%n",
                        perSecond, clients);
            }
            System.out.printf("startup: %d ms to ready, median of 5 starts from the AOT cache (C1 only,"
                    + " -XX:TieredStopAtLevel=1: %d ms; the training start that records the cache: %d ms)%n", startup,
                    startupC1Only, trainingStartup.toMillis());
            String url = cachedReport(service, today);
            Wrk.run(url, token, Duration.ofSeconds(10)); // warms the JIT up on this path; not measured
            System.out.printf("%nwrk, 30-day usage.json (cached: no writes meanwhile), 10 s after 10 s unmeasured:%n%s",
                    Wrk.run(url, token, Duration.ofSeconds(10)));
        }
    }

    /**
     * The cached report's throughput, the ingestion and the startup of every build again, in alternating rounds while
     * all of them run: this machine's speed drifts within minutes by more than the builds differ, so builds measured
     * one after the other compare the machine as much as the code. Each round measures every build once, in turn; the
     * order flips each round, so neither build always goes first.
     */
    private static void alternate(List<Build> builds, BenchmarkDatabase database, String token, LocalDate today,
                                  long endMs) throws Exception {
        List<ServiceProcess> services = new ArrayList<>();
        try {
            for (int i = 0; i < builds.size(); i++) {
                Build build = builds.get(i);
                services.add(ServiceProcess.start(build.jar(), database, 18091 + i, ADMIN, build.fromItsCache()));
            }
            for (ServiceProcess service : services) {
                Wrk.run(cachedReport(service, today), token, Duration.ofSeconds(10)); // JIT warm-up, not measured
            }
            System.out.printf("%n%d alternating rounds per build, while all of them run:%n", ALTERNATING_ROUNDS);
            report("wrk, 30-day usage.json (cached), 5 s a round", "requests/s", builds, alternating(builds.size(),
                    (i, round) -> Wrk.requestsPerSecond(cachedReport(services.get(i), today), token, Duration.ofSeconds(5))));
            // Each build to an agent of its own, after those measure() wrote to, and each round a day of its own, so
            // that every event is new.
            long firstAgent = FIRST_AGENT + 1 + 2L * builds.size();
            report("ingestion, 8 clients, 320 batches of 1,000 events a round", "events/s", builds,
                    alternating(builds.size(), (i, round) -> new HttpLoad(services.get(i).baseUrl).ingest(firstAgent + i,
                            token, 8, 1_000, 40, endMs - (4 + round) * BenchmarkDatabase.DAY_MS)));
            report("startup from the AOT cache, to ready (one more process, beside the builds running)", "ms", builds,
                    alternating(builds.size(), (i, round) -> startupMillis(builds.get(i).jar(), database,
                            builds.get(i).fromItsCache())));
            report("startup, C1 only, to ready", "ms", builds, alternating(builds.size(), (i, round) -> startupMillis(
                    builds.get(i).jar(), database, builds.get(i).fromItsCache("-XX:TieredStopAtLevel=1"))));
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
        }
    }

    /** One measure of one build in one round. */
    private interface Round {
        double measure(int build, int round) throws Exception;
    }

    private static double[][] alternating(int builds, Round round) throws Exception {
        double[][] results = new double[builds][ALTERNATING_ROUNDS];
        for (int r = 0; r < ALTERNATING_ROUNDS; r++) {
            for (int turn = 0; turn < builds; turn++) {
                int i = r % 2 == 0 ? turn : builds - 1 - turn;
                results[i][r] = round.measure(i, r);
            }
        }
        return results;
    }

    /** Each build's median, its rounds, and the median of its rounds against the first build's of the same round. */
    private static void report(String what, String unit, List<Build> builds, double[][] results) {
        System.out.printf("%s:%n", what);
        for (int i = 0; i < builds.size(); i++) {
            double[] againstFirst = new double[ALTERNATING_ROUNDS];
            for (int round = 0; round < ALTERNATING_ROUNDS; round++) {
                againstFirst[round] = results[i][round] / results[0][round];
            }
            System.out.printf("  %s: median %,.0f %s, rounds %s; median of its rounds against %s's: %.2f%n",
                    builds.get(i).label(), medianOf(results[i]), unit,
                    Arrays.toString(Arrays.stream(results[i]).mapToLong(Math::round).toArray()),
                    builds.getFirst().label(), medianOf(againstFirst));
        }
    }

    private static String cachedReport(ServiceProcess service, LocalDate today) {
        return service.baseUrl + "/bots/analytics/" + FIRST_AGENT + "/usage.json?from_date="
                + DATE.format(today.minusDays(29)) + "&to_date=" + DATE.format(today);
    }

    /** What the AOT training run asks: a report of each length and one batch of events (for the last agent). */
    private static void train(HttpLoad http, String token, LocalDate today, long endMs) throws Exception {
        for (int days : List.of(4, 30, 90, 365)) {
            http.latencies("/bots/analytics/" + FIRST_AGENT + "/usage.json?from_date=" + DATE.format(today.minusDays(days - 1))
                    + "&to_date=" + DATE.format(today), token, 0, 5, () -> { });
        }
        http.ingest(FIRST_AGENT + AGENTS - 1, token, 1, 1_000, 20, endMs - 3 * BenchmarkDatabase.DAY_MS);
    }

    /** Median milliseconds from process start to ready over five starts, each stopped again. */
    private static long medianStartup(Path jar, BenchmarkDatabase database, String... jvmOptions) throws Exception {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = startupMillis(jar, database, jvmOptions);
        }
        Arrays.sort(millis);
        return millis[2];
    }

    /** Milliseconds from process start to ready, on a port of its own; the service is stopped again. */
    private static long startupMillis(Path jar, BenchmarkDatabase database, String... jvmOptions) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(jar, database, 18090, ADMIN, jvmOptions)) {
            return service.startup.toMillis();
        }
    }

    /** Creates the agents and a user who may edit them all; answers the user's token. */
    private static String register(HttpLoad http) throws Exception {
        JsonNode user = http.call("POST", "/admin/users", ADMIN, "{\"name\": \"benchmark\"}");
        for (long agent = FIRST_AGENT; agent < FIRST_AGENT + AGENTS; agent++) {
            http.call("POST", "/admin/agents", ADMIN, "{\"id\": " + agent + ", \"name\": \"agent " + agent + "\"}");
            http.call("PUT", "/admin/agents/" + agent + "/permissions/" + user.get("id").asLong(), ADMIN,
                    "{\"level\": \"edit\"}");
        }
        return user.get("access_token").asText();
    }

    interface Measured {
        long run() throws Exception;
    }

    private static double medianOf(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    /** Median milliseconds of five warm runs, after two unmeasured ones. */
    private static double median(Measured measured) throws Exception {
        measured.run();
        measured.run();
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            long started = System.nanoTime();
            measured.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis[2];
    }
}
