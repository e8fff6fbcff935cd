package com.agentusage.bootstrap;

import static com.agentusage.adapter.avaamo.WireMockUpstream.server;
import static com.agentusage.adapter.avaamo.WireMockUpstream.tokenOf;
import static com.agentusage.adapter.avaamo.WireMockUpstream.usagePath;
import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.usage;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.agentusage.adapter.avaamo.UpstreamPayloads;
import com.agentusage.adapter.avaamo.WireMockUpstream;
import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agents 20002 to 20009 live on an Avaamo-compatible upstream (WireMock); callers use this service's tokens. */
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
    private static Caller viewerOf(long agent) {
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("id", agent, "name", "upstream " + agent))
                .post("/admin/agents");
        return newUserWith(agent, "view");
    }

    private static void stub(long agent, ResponseDefinitionBuilder response) {
        server().stubFor(get(urlPathEqualTo(usagePath(agent))).willReturn(response));
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
        int before = server().countRequestsMatching(getRequestedFor(urlPathEqualTo(usagePath(20003))).build()).getCount();

        usage(stranger.token(), 20003, Map.of()).then().statusCode(404);
        usage("not-a-token", 20003, Map.of()).then().statusCode(401);

        assertThat(server().countRequestsMatching(getRequestedFor(urlPathEqualTo(usagePath(20003))).build()).getCount())
                .isEqualTo(before);
    }

    @Test
    void givenUpstreamFailures_whenRead_thenCallersGetA502Or504NamingTheProblemWithoutTheUpstreamToken() {
        Caller viewer = viewerOf(20004);
        stub(20004, aResponse().withStatus(401));
        usage(viewer.token(), 20004, Map.of("from_date", "01/01/2021", "to_date", "02/01/2021")).then().statusCode(502)
                .body("error", equalTo("The upstream answered 401: the upstream token configured for this agent is not accepted"))
                .body(not(containsString(tokenOf(20004))));
        stub(20004, aResponse().withStatus(404));
        usage(viewer.token(), 20004, Map.of("from_date", "01/01/2021", "to_date", "03/01/2021")).then().statusCode(502)
                .body("error", equalTo("The upstream answered 404: the upstream does not know the configured agent"));
        stub(20004, okJson("{\"aggregate_stats\": null}"));
        usage(viewer.token(), 20004, Map.of("from_date", "01/01/2021", "to_date", "04/01/2021")).then().statusCode(502)
                .body("error", equalTo("The upstream's usage report is malformed: aggregate_stats is missing"));
        stub(20004, okJson(UpstreamPayloads.example()).withFixedDelay(2_500));
        usage(viewer.token(), 20004, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(504)
                .body("error", equalTo("The upstream did not answer within 1000 ms"));
    }

    @Test
    void givenAnUpstreamThatKeepsFailing_whenReadRepeatedly_thenTheCircuitOpensAnd503CarriesRetryAfter() {
        Caller viewer = viewerOf(20005);
        stub(20005, aResponse().withStatus(500));

        // Three attempts (one call and two retries) fail; the fourth failure opens the circuit (volume 4, ratio 0.5).
        usage(viewer.token(), 20005, Map.of("from_date", "01/01/2021", "to_date", "02/01/2021")).then().statusCode(502)
                .body("error", equalTo("The upstream answered 500: the upstream failed"));
        usage(viewer.token(), 20005, Map.of("from_date", "01/01/2021", "to_date", "03/01/2021")).then().statusCode(503);
        int calls = server().countRequestsMatching(getRequestedFor(urlPathEqualTo(usagePath(20005))).build()).getCount();

        usage(viewer.token(), 20005, Map.of("from_date", "01/01/2021", "to_date", "04/01/2021")).then().statusCode(503)
                .header("Retry-After", "60")
                .body("error", equalTo("The upstream failed repeatedly; it is not being called for a while"));
        assertThat(server().countRequestsMatching(getRequestedFor(urlPathEqualTo(usagePath(20005))).build()).getCount())
                .isEqualTo(calls);
    }

    @Test
    void givenMoreReadsThanTheUpstreamLimit_whenRead_thenTheNextIs429WithRetryAfter() {
        Caller viewer = viewerOf(20006);
        for (int day = 1; day <= 30; day++) {
            String from = "%02d/01/2019".formatted(day);
            stub(20006, okJson(UpstreamPayloads.emptyFor(
                    ReportingPeriod.of(LocalDate.of(2019, 1, day), LocalDate.of(2019, 2, 1), UtcOffset.UTC))));
            usage(viewer.token(), 20006, Map.of("from_date", from, "to_date", "01/02/2019")).then().statusCode(200);
        }

        String retryAfter = usage(viewer.token(), 20006, Map.of("from_date", "31/01/2019", "to_date", "01/02/2019"))
                .then().statusCode(429)
                .body("error", equalTo("This service's limit of 30 upstream calls per minute is used up"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
    }
}
