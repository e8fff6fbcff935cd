package com.agentusage.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void givenTheRunningService_whenTheOpenApiDocumentIsRead_thenItCoversEveryEndpointWithTheContractsExample() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/bots/analytics/{agent_id}/usage.json"))
                .body("paths", hasKey("/bots/analytics/{agent_id}/usage.csv"))
                .body("paths", hasKey("/bots/analytics/agents.json"))
                .body("paths", hasKey("/bots/analytics/{agent_id}/events.json"))
                .body("paths", hasKey("/admin/agents"))
                .body("paths", hasKey("/admin/users"))
                .body("paths", hasKey("/admin/users/{user_id}/token"))
                .body("paths", hasKey("/admin/agents/{agent_id}/permissions/{user_id}"))
                .body("paths.'/bots/analytics/{agent_id}/usage.json'.get.responses.'200'.content.'application/json'"
                        + ".examples.'contract example'.value.aggregate_stats.success_rate_count", equalTo(47633))
                .body("components.securitySchemes.'Access-Token'.in", equalTo("header"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("1586540399.8888888"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
