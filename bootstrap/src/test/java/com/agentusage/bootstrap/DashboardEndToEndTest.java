package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over HTTP, without a browser: the page and its scripts are served by the service itself, and the
 * page's endpoints answer what usage.json answers, with its errors. DashboardBrowserTest drives the page itself.
 */
@QuarkusTest
class DashboardEndToEndTest {

    private static final String REPORT = "/dashboard/api/agents/{agent}/report";

    @Test
    void givenTheService_whenThePageIsAsked_thenItAndEverythingItLoadsAreServedHereUnderAStrictContentPolicy() {
        given().get("/").then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", startsWith("default-src 'self';"))
                .header("Cache-Control", nullValue())
                .body(containsString("<title>Agent usage dashboard</title>"))
                .body(containsString("src=\"/webjars/uplot/dist/uPlot.iife.min.js\""))
                .body(not(containsString("http")));
        given().get("/dashboard/dashboard.js").then().statusCode(200).body(containsString("sessionStorage"));
        given().get("/dashboard/dashboard.css").then().statusCode(200);
        given().get("/webjars/uplot/dist/uPlot.iife.min.js").then().statusCode(200).body(containsString("uPlot"));
        given().get("/webjars/uplot/dist/uPlot.min.css").then().statusCode(200);
    }

    @Test
    void givenAViewer_whenThePageAsksForItsAgentsAndAReport_thenTheFiguresAreUsageJsons() {
        long agent = newAgent();
        Caller owner = newUserWith(agent, "owner");
        postEvents(owner.token(), agent, UsageApiScenarios.BOUNDARY_EVENTS).then().statusCode(200);
        JsonPath usage = usage(owner.token(), agent, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(200)
                .extract().jsonPath();

        JsonPath agents = as(owner.token()).get("/dashboard/api/agents").then().statusCode(200).extract().jsonPath();
        String body = as(owner.token()).queryParams(UsageApiScenarios.EXAMPLE_PERIOD).get(REPORT, agent).then()
                .statusCode(200).header("Cache-Control", "no-store").extract().asString();
        JsonPath view = JsonPath.from(body);

        assertThat(agents.getList("agents.id", Long.class)).containsExactly(agent);
        assertThat(agents.getList("agents.level", String.class)).containsExactly("owner");

        assertThat(view.getMap("period")).isEqualTo(Map.of("from_date", "10/04/2020", "to_date", "13/04/2020",
                "previous_from_date", "06/04/2020", "previous_to_date", "09/04/2020", "utc_offset", -25200));
        assertThat(view.getList("cards.metric")).containsExactly("sessions", "messages", "success_rate", "unhandled",
                "ambiguous", "interventions");
        assertThat(view.<Number>getList("cards.value").stream().map(Number::doubleValue).toList()).containsExactly(
                usage.getDouble("aggregate_stats.session_count"), usage.getDouble("aggregate_stats.messages_count"),
                usage.getDouble("aggregate_stats.success_rate"), usage.getDouble("aggregate_stats.unhandled_messages_count"),
                usage.getDouble("aggregate_stats.ambiguous_messages_count"), usage.getDouble("aggregate_stats.interventions_count"));
        assertThat(view.getList("buckets.messages", Long.class)).isEqualTo(usage.getList("stats.messages_count", Long.class));
        assertThat(view.getList("buckets.successful", Long.class))
                .isEqualTo(usage.getList("stats.successful_responses_count", Long.class));
        assertThat(view.getList("buckets.success_rate", Double.class)).isEqualTo(usage.getList("stats.success_rate", Double.class));
        assertThat(body).as("times in usage.json's notation")
                .contains("{\"start_time\":1586540399.8888888,\"end_time\":1586578799.7777777,");
    }

    @Test
    void givenWhatUsageJsonRefuses_whenThePageAsksIt_thenTheStatusAndErrorAreUsageJsons() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        for (String path : List.of("/dashboard/api/agents", REPORT.replace("{agent}", Long.toString(agent)))) {
            as(null).get(path).then().statusCode(401).body("error", equalTo("A valid Access-Token header is required"));
            as("a-token-nobody-was-given").get(path).then().statusCode(401);
        }
        as(newUser("stranger").token()).get(REPORT, agent).then().statusCode(404).body("error", equalTo("Agent not found"));
        as(viewer.token()).get(REPORT, "not-an-id").then().statusCode(404).body("error", equalTo("Agent not found"));
        as(viewer.token()).queryParams(Map.of("from_date", "13/04/2020", "to_date", "10/04/2020")).get(REPORT, agent)
                .then().statusCode(422).body("error", equalTo("To Date cannot be before From Date"));
        as(viewer.token()).queryParams(Map.of("utc_offset", "-25200.5")).get(REPORT, agent)
                .then().statusCode(422).body("error", startsWith("utc_offset must be a whole number of seconds"));
    }

    @Test
    void givenTheOpenApiDocument_whenRead_thenThePagesOwnEndpointsAreNotInIt() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(not(containsString("/dashboard/api")));
    }
}
