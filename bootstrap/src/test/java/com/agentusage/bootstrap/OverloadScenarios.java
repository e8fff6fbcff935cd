package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * More concurrent work than the database has connections for: callers wait for one a moment and are then told to
 * come back (503 with Retry-After), never 500. Run once per database by the subclasses, each with a pool of three
 * connections (Flyway and Hibernate need that many at start) waited for at most two seconds.
 */
abstract class OverloadScenarios {

    static final Map<String, String> FEW_CONNECTIONS = Map.of("quarkus.datasource.jdbc.max-size", "3",
            "quarkus.datasource.jdbc.acquisition-timeout", "2s");

    private static final int CALLERS = 48;

    /** FEW_CONNECTIONS, and a worker thread for every caller: each meets the exhausted pool, not the thread queue. */
    static Map<String, String> fewConnectionsAThreadPerCaller() {
        Map<String, String> config = new HashMap<>(FEW_CONNECTIONS);
        config.put("quarkus.thread-pool.max-threads", Integer.toString(CALLERS));
        return config;
    }

    @Inject AgroalDataSource dataSource;

    @Test
    void givenEveryConnectionTaken_whenABurstOfReportsAndBatchesArrives_thenEachIs503WithRetryAfter_andLaterServed()
            throws Exception {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        postEvents(editor.token(), agent, batch(message("m", "s", "1586502000", "successful"))).then().statusCode(200);

        List<Response> answers;
        try (EveryConnectionHeld held = new EveryConnectionHeld(dataSource)) {
            answers = burst(agent, editor, 1980);
        }

        assertThat(answers).extracting(Response::statusCode).containsOnly(503);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.header("Retry-After")).isEqualTo("5");
            assertThat(answer.jsonPath().getString("error")).isEqualTo("The database is unavailable; try again shortly");
        });
        usage(editor.token(), agent, Map.of("from_date", "01/01/1980", "to_date", "31/12/1980")).then().statusCode(200);
    }

    @Test
    void givenABurstOfYearLongReportsAndBatches_whenTheyOutnumberTheConnections_thenNoneIs500() throws Exception {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        postEvents(editor.token(), agent, batch(message("m", "s", "1586502000", "successful"))).then().statusCode(200);

        assertThat(burst(agent, editor, 2030)).extracting(Response::statusCode).allSatisfy(status -> assertThat(status).isIn(200, 503));
    }

    /** Year-long reports of years nobody asked for yet (none is cached), and a batch for every fourth caller. */
    private static List<Response> burst(long agent, Caller editor, int firstYear) throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            int year = firstYear + caller;
            calls.add(caller % 4 == 0
                    ? () -> postEvents(editor.token(), agent, batch(message("m" + year, "s", "1586502000", "successful")))
                    : () -> usage(editor.token(), agent, Map.of("from_date", "01/01/" + year, "to_date", "31/12/" + year)));
        }
        List<Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            for (Future<Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        return answers;
    }
}
