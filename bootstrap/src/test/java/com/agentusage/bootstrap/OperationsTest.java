package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void givenARunningService_whenProbed_thenItIsLiveAndReadyWithItsDatabaseAndUpstreamCircuitsHaveAGroupOfTheirOwn() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("upstream circuits")));
        given().get("/q/health/group/upstreams").then().statusCode(200).body("checks.name", hasItem("upstream circuits"));
    }

    @Test
    void givenIngestionAndReads_whenMetricsAreScraped_thenEventCountersAndEndpointLatenciesAreThere() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        double acceptedBefore = counter("usage_events_accepted_total");
        double duplicatesBefore = counter("usage_events_duplicates_total");

        postEvents(editor.token(), agent, batch(message("a", "s", "1586502000", "successful"),
                message("b", "s", "1586502001", "successful"), message("a", "s", "1586502000", "successful")))
                .then().statusCode(200);
        usage(editor.token(), agent, Map.of()).then().statusCode(200);

        assertThat(counter("usage_events_accepted_total") - acceptedBefore).isEqualTo(2.0);
        assertThat(counter("usage_events_duplicates_total") - duplicatesBefore).isEqualTo(1.0);
        assertThat(metrics()).contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/bots/analytics/{agent_id}/usage.json\"}");
        assertThat(metrics()).contains("usage_upstream_calls_total");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double counter(String name) {
        Matcher value = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
