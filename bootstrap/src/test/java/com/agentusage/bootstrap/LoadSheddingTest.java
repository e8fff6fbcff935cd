package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.usage;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
 * Requests that wait too long for a worker thread are answered 503 at once. Two worker threads, every database
 * connection held by the test: the two requests taken up wait two seconds for a connection, so every other one
 * has waited far longer than the half second allowed by the time a thread is free for it.
 */
@QuarkusTest
@TestProfile(LoadSheddingTest.TwoWorkers.class)
class LoadSheddingTest {

    private static final int CALLERS = 8;
    private static final int WORKERS = 2;

    public static class TwoWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(OverloadScenarios.FEW_CONNECTIONS);
            config.put("quarkus.thread-pool.max-threads", Integer.toString(WORKERS));
            config.put("usage.overload.max-wait", "500ms");
            return config;
        }
    }

    @Inject AgroalDataSource dataSource;

    @Test
    void givenEveryWorkerBusy_whenMoreRequestsQueueBehindThem_thenTheyAre503WithRetryAfterWithoutWaitingTheirTurnOut()
            throws Exception {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        List<Callable<Response>> calls = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            calls.add(() -> usage(viewer.token(), agent, Map.of()));
        }
        List<Response> answers = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try (EveryConnectionHeld held = new EveryConnectionHeld(dataSource)) {
            for (Future<Response> answer : callers.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            callers.shutdown();
        }

        assertThat(answers).extracting(Response::statusCode).containsOnly(503);
        List<Response> shed = answers.stream()
                .filter(answer -> "The service is busy; try again shortly".equals(answer.jsonPath().getString("error")))
                .toList();
        assertThat(shed).hasSizeGreaterThanOrEqualTo(CALLERS - WORKERS)
                .allSatisfy(answer -> assertThat(answer.header("Retry-After")).isEqualTo("1"));
        usage(viewer.token(), agent, Map.of()).then().statusCode(200);
    }
}
