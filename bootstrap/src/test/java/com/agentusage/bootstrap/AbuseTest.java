package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
    void givenAMadeUpTokenAndATimestampThatCostsAMinuteToConvert_whenSent_thenItIs401BeforeTheBodyIsRead() {
        String body = "{\"events\":[{\"id\":\"a\",\"type\":\"intervention\",\"session_id\":\"s\",\"timestamp\":1e-100000000}]}";

        // Read first, this body cost a minute of CPU, and it is not even JSON the service could store.
        postEvents("made-up-token", newAgent(), body).then().statusCode(401);
    }

    @Test
    void givenAMadeUpTokenAndAnEightMegabyteBodyOfDeepNesting_whenSent_thenItIs401WithoutReadingIt() {
        String nested = "[".repeat(500) + "]".repeat(500);
        byte[] body = ("{\"events\":[" + (nested + ",").repeat(8 * 1024 * 1024 / 1001 - 1) + nested + "]}")
                .getBytes(StandardCharsets.UTF_8);

        // Read first, it is a 400 (too deep); its full tree once took the heap.
        given().header("Access-Token", "made-up-token").contentType("application/json").body(body)
                .post("/bots/analytics/{agent}/events.json", newAgent()).then().statusCode(401)
                .body("error", equalTo("A valid Access-Token header is required"));
    }

    @Test
    void givenAnEditorAndATimestampThatCostsAMinuteToConvert_whenSent_thenItIs422NamingTheTimestamp() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        String body = "{\"events\":[{\"id\":\"a\",\"type\":\"intervention\",\"session_id\":\"s\",\"timestamp\":1e-100000000},"
                + "{\"id\":\"b\",\"type\":\"intervention\",\"session_id\":\"s\",\"timestamp\":1e-999999999}]}";

        postEvents(editor.token(), agent, body).then().statusCode(422)
                .body("details.error", everyItem(startsWith("timestamp must be written in at most 64 characters")));
    }

    @Test
    void givenTwoBatchesInOneBody_whenSent_thenItIs400AndNothingIsStored() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");

        postEvents(editor.token(), agent, batch(message("a", "s", "1586502000", "successful"))
                + batch(message("b", "s", "1586502000", "successful"))).then().statusCode(400)
                .body("error", equalTo("The request body must hold one JSON object and nothing after it"));
        postEvents(editor.token(), agent, batch(message("a", "s", "1586502000", "successful"))).then().statusCode(200)
                .body("accepted", equalTo(1));
    }

    @Test
    void givenAKeyTwiceInOneEvent_whenSent_thenItIs400RatherThanTheLastWinning() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");

        postEvents(editor.token(), agent, "{\"events\":[{\"id\":\"first\",\"id\":\"last\",\"type\":\"intervention\","
                + "\"session_id\":\"s\",\"timestamp\":1586502000}]}").then().statusCode(400)
                .body("error", startsWith("The request body repeats a key within one object"));
    }

    @Test
    void givenAnOverlongUtf8Encoding_whenSent_thenItIs400RatherThanReadAsAnotherCharacter() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        byte[] prefix = "{\"events\":[{\"id\":\"a".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\",\"type\":\"intervention\",\"session_id\":\"s\",\"timestamp\":1586502000}]}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(prefix);
        body.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.writeBytes(suffix);

        given().header("Access-Token", editor.token()).contentType("application/json").body(body.toByteArray())
                .post("/bots/analytics/{agent}/events.json", agent).then()
                .statusCode(400).body("error", equalTo("The request body is not valid UTF-8 text"));
    }

    @Test
    void givenDeeplyNestedJson_whenSent_thenItIs400InOurWords() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");

        postEvents(editor.token(), agent, "{\"events\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}").then()
                .statusCode(400).body("error", equalTo("The request body is nested deeper than 16 levels"));
    }

    @Test
    void givenANumberTheParserCannotTake_whenSent_thenTheErrorNamesNoLibraryInternals() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");

        postEvents(editor.token(), agent, "{\"events\":[{\"id\":\"a\",\"timestamp\":NaN}]}").then().statusCode(400)
                .body("error", allOf(startsWith("The request body is not valid JSON"), not(containsString("Feature")),
                        not(containsString("`"))));
    }
}
