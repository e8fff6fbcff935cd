package com.agentusage.bootstrap;

import static com.agentusage.adapter.avaamo.WireMockUpstream.requestsFor;
import static com.agentusage.adapter.avaamo.WireMockUpstream.stub;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.agentusage.adapter.avaamo.UpstreamPayloads;
import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Avaamo's own published Python client (package avaamo 0.1.1, usage_stats.py) reads usage at
 * /bots_api/v1/analytics/{bot_id}/usage.json, with its token in Access-Token, a JSON Content-Type on a GET, and
 * per_page=100 beside the dates. Replayed in that shape, every answer there is the contract path's, byte for byte.
 */
@QuarkusTest
@TestProfile(UpstreamAgentsEndToEndTest.BehindWireMock.class)
class AvaamoClientPathEndToEndTest {

    /** What the client's requests library sends with every call. */
    private static final Map<String, String> CLIENT_HEADERS = Map.of("Content-Type", "application/json",
            "User-Agent", "python-requests/2.22.0", "Accept", "*/*", "Accept-Encoding", "gzip, deflate",
            "Connection", "keep-alive");

    private static Response read(String path, String token, long agent, Map<String, String> query) {
        var request = given().headers(CLIENT_HEADERS).queryParams(query);
        return (token == null ? request : request.header("Access-Token", token)).get(path, agent);
    }

    /** The same request at both paths gets the same status, type, Retry-After and body bytes. */
    private static void assertSameAnswerAtBothPaths(String token, long agent, Map<String, String> query) {
        Response current = read("/bots/analytics/{agent}/usage.json", token, agent, query);
        Response legacy = read("/bots_api/v1/analytics/{agent}/usage.json", token, agent, query);

        assertThat(legacy.statusCode()).as("status for %s", query).isEqualTo(current.statusCode());
        assertThat(legacy.contentType()).isEqualTo(current.contentType());
        assertThat(legacy.header("Retry-After")).isEqualTo(current.header("Retry-After"));
        assertThat(legacy.asByteArray()).as("body for %s", query).isEqualTo(current.asByteArray());
    }

    /** The client's own query (its dates are month first, which the contract rejects), and well-formed ones. */
    private static List<Map<String, String>> clientQueries() {
        Map<String, String> asPublished = new LinkedHashMap<>();
        asPublished.put("from_date", "12/01/2018");
        asPublished.put("to_date", "1/31/2019");
        asPublished.put("per_page", "100");
        Map<String, String> example = new LinkedHashMap<>(UsageApiScenarios.EXAMPLE_PERIOD);
        example.put("per_page", "100");
        return List.of(asPublished, example, Map.of("per_page", "100"), Map.of("from_date", "10/04/2020",
                "to_date", "13/04/2020", "per_page", "many", "page", "2"));
    }

    @Test
    void givenALocalAgent_whenTheClientsRequestsAreReplayedAtBothPaths_thenTheAnswersAreTheSameByteForByte() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");
        postEvents(newUserWith(agent, "edit").token(), agent, UsageApiScenarios.BOUNDARY_EVENTS).then().statusCode(200);

        read("/bots_api/v1/analytics/{agent}/usage.json", viewer.token(), agent, UsageApiScenarios.EXAMPLE_PERIOD)
                .then().statusCode(200).body("aggregate_stats.messages_count", equalTo(5));
        for (Map<String, String> query : clientQueries()) {
            assertSameAnswerAtBothPaths(viewer.token(), agent, query);
        }
        assertSameAnswerAtBothPaths(null, agent, UsageApiScenarios.EXAMPLE_PERIOD);
        assertSameAnswerAtBothPaths("not-a-token", agent, UsageApiScenarios.EXAMPLE_PERIOD);
        assertSameAnswerAtBothPaths(newUser("stranger").token(), agent, UsageApiScenarios.EXAMPLE_PERIOD);
        assertSameAnswerAtBothPaths(viewer.token(), 999_999_999_999L, UsageApiScenarios.EXAMPLE_PERIOD);
    }

    @Test
    void givenAnUpstreamAgent_whenTheClientsRequestsAreReplayedAtBothPaths_thenTheAnswersAreTheSameByteForByte() {
        Caller viewer = UpstreamAgentsEndToEndTest.viewerOf(20025);
        stub(20025, okJson(UpstreamPayloads.example()));

        for (Map<String, String> query : clientQueries()) {
            assertSameAnswerAtBothPaths(viewer.token(), 20025, query);
        }
        assertThat(read("/bots_api/v1/analytics/{agent}/usage.json", viewer.token(), 20025,
                UsageApiScenarios.EXAMPLE_PERIOD).asString()).isEqualTo(UpstreamPayloads.example());

        stub(20025, aResponse().withStatus(404));
        int calls = requestsFor(20025);
        assertSameAnswerAtBothPaths(viewer.token(), 20025, Map.of("from_date", "01/02/2021", "to_date", "04/02/2021",
                "per_page", "100"));
        assertThat(requestsFor(20025)).as("both paths share one fetch").isEqualTo(calls + 1);
    }

    @Test
    void givenTheOpenApiDocument_whenRead_thenTheClientsPathIsThereMarkedDeprecated() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/bots_api/v1/analytics/{agent_id}/usage.json'.get.deprecated", equalTo(true))
                .body("paths.'/bots/analytics/{agent_id}/usage.json'.get.deprecated", equalTo(null));
    }
}
