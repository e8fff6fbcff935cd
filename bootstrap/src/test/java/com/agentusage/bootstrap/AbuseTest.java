package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Requests built to confuse or exhaust the service get a clear answer, never a 500. */
@QuarkusTest
class AbuseTest {

    @Test
    void givenATokenInTheQueryStringInsteadOfTheHeader_whenReading_thenItIsIgnored() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        given().queryParam("Access-Token", viewer.token()).queryParam("access_token", viewer.token())
                .get("/bots/analytics/{agent}/usage.json", agent).then().statusCode(401);
    }

    @Test
    void givenAVeryLongTokenHeader_whenReading_thenItIsRefusedAsUnknown() {
        given().header("Access-Token", "x".repeat(12_000)).get("/bots/analytics/1/usage.json").then()
                .statusCode(401).body("error", equalTo("A valid Access-Token header is required"));
    }

    @Test
    void givenHeadersBeyondTheHttpLimit_whenSent_thenTheHttpLayerRefusesThem() {
        given().header("Access-Token", "x".repeat(20_000)).get("/bots/analytics/1/usage.json").then().statusCode(431);
    }

    @Test
    void givenABodyOverEightMegabytes_whenSent_thenItIs413WithAnError() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        String huge = "{\"events\": [" + " ".repeat(9 * 1024 * 1024) + "]}";

        postEvents(editor.token(), agent, huge).then().statusCode(413)
                .body("error", equalTo("The request body is larger than 8388608 bytes"));
    }

    @Test
    void givenBytesThatAreNoTextInTheirDetectedEncoding_whenSent_thenItIs400() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        byte[] body = new byte[80];
        body[52] = (byte) 0x91;
        Arrays.fill(body, 53, body.length, (byte) 0xff);

        given().header("Access-Token", editor.token()).contentType("application/json").body(body)
                .post("/bots/analytics/{agent}/events.json", agent).then()
                .statusCode(400).body("error", startsWith("The request body is not valid JSON: Invalid UTF-32 character"));
    }

    @Test
    void givenDeeplyNestedJson_whenSent_thenItIs400() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");

        postEvents(editor.token(), agent, "{\"events\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}").then()
                .statusCode(400).body("error", startsWith("The request body is not valid JSON: Document nesting depth"));
    }
}
