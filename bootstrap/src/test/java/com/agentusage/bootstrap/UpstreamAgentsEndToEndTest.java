package com.agentusage.bootstrap;

import static com.agentusage.adapter.avaamo.WireMockUpstream.TIMEOUT;
import static com.agentusage.adapter.avaamo.WireMockUpstream.requestsFor;
import static com.agentusage.adapter.avaamo.WireMockUpstream.stub;
import static com.agentusage.adapter.avaamo.WireMockUpstream.tokenOf;
import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.usage;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.agentusage.adapter.avaamo.UpstreamPayloads;
import com.agentusage.adapter.avaamo.WireMockUpstream;
import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Agents 20002 to 20031 live on an Avaamo-compatible upstream (WireMock); callers use this service's tokens. */
@QuarkusTest
@TestProfile(UpstreamAgentsEndToEndTest.BehindWireMock.class)
class UpstreamAgentsEndToEndTest {

    public static class BehindWireMock implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockUpstream.class));
        }
    }

    /** Registers the upstream agent here and gives a new user view permission on it. */
    static Caller viewerOf(long agent) {
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("id", agent, "name", "upstream " + agent))
                .post("/admin/agents");
        return newUserWith(agent, "view");
    }

    private static Map<String, String> days(int from, int to) {
        return Map.of("from_date", "%02d/01/2021".formatted(from), "to_date", "%02d/01/2021".formatted(to));
    }

    @Test
    void givenAnUpstreamAgent_whenItsUsageIsRead_thenTheAnswerIsTheUpstreamsExampleByteForByte() {
        Caller viewer = viewerOf(20002);
        stub(20002, okJson(UpstreamPayloads.example()));

        String body = usage(viewer.token(), 20002, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(200)
                .extract().asString();

        assertThat(body).isEqualTo(UpstreamPayloads.example());
    }

    @Test
    void givenCallersWithoutAccess_whenTheyReadAnUpstreamAgent_thenTheyAreRefusedAndTheUpstreamIsNotCalled() {
        viewerOf(20003);
        Caller stranger = newUser("stranger");
        int before = requestsFor(20003);

        usage(stranger.token(), 20003, Map.of()).then().statusCode(404);
        usage("not-a-token", 20003, Map.of()).then().statusCode(401);

        assertThat(requestsFor(20003)).isEqualTo(before);
    }

    @Test
    void givenUpstreamFailures_whenRead_thenCallersGetA502Or504NamingTheProblemWithoutTheUpstreamToken() {
        Caller viewer = viewerOf(20004);
        stub(20004, aResponse().withStatus(401));
        usage(viewer.token(), 20004, days(1, 2)).then().statusCode(502)
                .body("error", equalTo("The upstream answered 401: the upstream token configured for this agent is not accepted"))
                .body(not(containsString(tokenOf(20004))));
        stub(20004, aResponse().withStatus(404));
        usage(viewer.token(), 20004, days(1, 3)).then().statusCode(502)
                .body("error", equalTo("The upstream answered 404: the upstream does not know the configured agent"));
        stub(20004, aResponse().withStatus(422).withBody("{\"error\": \"To Date cannot be before From Date\\n\"}"));
        usage(viewer.token(), 20004, days(1, 4)).then().statusCode(502)
                .body("error", equalTo("The upstream answered 422: To Date cannot be before From Date"));
        stub(20004, okJson("{\"aggregate_stats\": null}"));
        usage(viewer.token(), 20004, days(1, 5)).then().statusCode(502)
                .body("error", equalTo("The upstream's usage report is malformed: aggregate_stats is missing"));
        stub(20004, okJson(UpstreamPayloads.example()).withFixedDelay((int) TIMEOUT.toMillis() + 2_000));
        usage(viewer.token(), 20004, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(504)
                .body("error", equalTo("The upstream did not answer within " + TIMEOUT.toMillis() + " ms"));
    }

    @Test
    void givenASlowUpstream_whenTwentyCallersReadOneReportAtOnce_thenOneCallIsMade_fourWaitForItsTimeout_andTheRestAreToldAtOnceToComeBack()
            throws Exception {
        Caller viewer = viewerOf(20022);
        stub(20022, okJson(UpstreamPayloads.example()).withFixedDelay((int) TIMEOUT.toMillis() + 3_000));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> callers = new ArrayList<>();

        try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
            for (int caller = 0; caller < 20; caller++) {
                callers.add(threads.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    Response answer = usage(viewer.token(), 20022, UsageApiScenarios.EXAMPLE_PERIOD);
                    return new Answer(answer.statusCode(), answer.header("Retry-After"), Duration.ofNanos(System.nanoTime() - began));
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> caller : callers) {
                answers.add(caller.get());
            }
            // usage.upstream.max-waiting (4) callers wait; the others are refused without waiting for a thread or the upstream.
            assertThat(answers).filteredOn(answer -> answer.status() == 504).hasSize(4)
                    .allSatisfy(answer -> assertThat(answer.took()).isLessThan(TIMEOUT.plusSeconds(1)));
            assertThat(answers).filteredOn(answer -> answer.status() != 504).hasSize(16).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.retryAfter()).isEqualTo("1");
                assertThat(answer.took()).isLessThan(Duration.ofSeconds(2));
            });
        }
        assertThat(requestsFor(20022)).isEqualTo(1);
    }

    private record Answer(int status, String retryAfter, Duration took) {
    }

    @Test
    void givenAnUpstreamThatKeepsFailing_whenReadRepeatedly_thenTheCircuitOpensAnd503CarriesRetryAfterWhileTheInstanceStaysReady() {
        Caller viewer = viewerOf(20005);
        stub(20005, aResponse().withStatus(500));

        // Three attempts (one call and two retries) fail; the fourth failure opens the circuit (volume 4, ratio 0.5).
        usage(viewer.token(), 20005, days(1, 2)).then().statusCode(502)
                .body("error", equalTo("The upstream answered 500: the upstream failed"));
        usage(viewer.token(), 20005, days(1, 3)).then().statusCode(503).header("Retry-After", "60");
        int calls = requestsFor(20005);

        String retryAfter = usage(viewer.token(), 20005, days(1, 4)).then().statusCode(503)
                .body("error", equalTo("The upstream failed repeatedly; it is not being called for a while"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        assertThat(requestsFor(20005)).isEqualTo(calls);

        String account = WireMockUpstream.server().baseUrl() + " for agents 20005";
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/upstreams").then().statusCode(503)
                .body("checks.find { it.name == 'upstream circuits' }.data.'" + account + "'", equalTo("OPEN"));
        assertThat(metrics()).contains("ft_circuitbreaker_state_current{method=\"upstream " + account + "\",state=\"open\"} 1.0");
    }

    @Test
    void givenAnUpstream429WithRetryAfter60_whenRead_thenCallersGet429WithTheTimeLeftAndTheUpstreamIsNotCalledAgain() {
        Caller viewer = viewerOf(20023);
        stub(20023, aResponse().withStatus(429).withHeader("Retry-After", "60"));
        double throttled = counter("usage_upstream_throttled_total");

        usage(viewer.token(), 20023, days(1, 2)).then().statusCode(429).header("Retry-After", "60")
                .body("error", equalTo("The upstream answered 429: its own rate limit was exceeded; it is not being called for a while"));
        String retryAfter = usage(viewer.token(), 20023, days(1, 3)).then().statusCode(429).extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(55L, 60L);
        assertThat(requestsFor(20023)).isEqualTo(1);
        assertThat(counter("usage_upstream_throttled_total") - throttled).isEqualTo(1.0);
    }

    @Test
    void givenMoreReadsThanTheUpstreamLimit_whenRead_thenTheNextIs429WithRetryAfter() {
        Caller viewer = viewerOf(20006);
        for (int day = 1; day <= 50; day++) {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(day);
            stub(20006, okJson(UpstreamPayloads.emptyFor(ReportingPeriod.of(from, LocalDate.of(2019, 3, 1), UtcOffset.UTC))));
            usage(viewer.token(), 20006, Map.of("from_date", "%02d/%02d/2019".formatted(from.getDayOfMonth(), from.getMonthValue()),
                    "to_date", "01/03/2019")).then().statusCode(200);
        }

        String retryAfter = usage(viewer.token(), 20006, Map.of("from_date", "01/01/2019", "to_date", "01/03/2019"))
                .then().statusCode(429)
                .body("error", equalTo("This service's limit of 50 upstream calls per minute is used up"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double counter(String name) {
        Matcher value = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
