package com.agentusage.bootstrap;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The service's HTTP API as the end-to-end tests call it, each call a real request. */
final class Api {

    static final String ADMIN_TOKEN = "test-admin-token";
    private static final AtomicLong NEXT_AGENT = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 1L << 40));

    /** A user as the admin API created it. */
    record Caller(long id, String token) {
    }

    private Api() {
    }

    static RequestSpecification as(String token) {
        RequestSpecification request = given();
        return token == null ? request : request.header("Access-Token", token);
    }

    static long newAgent() {
        long id = NEXT_AGENT.incrementAndGet();
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("id", id, "name", "agent " + id))
                .post("/admin/agents").then().statusCode(201);
        return id;
    }

    static Caller newUser(String name) {
        Response created = as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/admin/users").then().statusCode(201).extract().response();
        return new Caller(created.jsonPath().getLong("id"), created.jsonPath().getString("access_token"));
    }

    static Caller newUserWith(long agent, String level) {
        Caller caller = newUser(level + " of " + agent);
        grant(agent, caller, level);
        return caller;
    }

    static void grant(long agent, Caller caller, String level) {
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("level", level))
                .put("/admin/agents/{agent}/permissions/{user}", agent, caller.id()).then().statusCode(200);
    }

    static Response usage(String token, Object agent, Map<String, ?> query) {
        return as(token).queryParams(query).get("/bots/analytics/{agent}/usage.json", agent);
    }

    static Response usageCsv(String token, Object agent, Map<String, ?> query) {
        return as(token).queryParams(query).get("/bots/analytics/{agent}/usage.csv", agent);
    }

    static Response agents(String token) {
        return as(token).get("/bots/analytics/agents.json");
    }

    static Response postEvents(String token, Object agent, String body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/bots/analytics/{agent}/events.json", agent);
    }

    static String message(String id, String session, String timestamp, String outcome) {
        return "{\"id\":\"%s\",\"type\":\"message\",\"session_id\":\"%s\",\"timestamp\":%s,\"outcome\":\"%s\"}"
                .formatted(id, session, timestamp, outcome);
    }

    static String ambiguous(String id, String session, String timestamp, String disambiguation) {
        return ("{\"id\":\"%s\",\"type\":\"message\",\"session_id\":\"%s\",\"timestamp\":%s,\"outcome\":\"ambiguous\","
                + "\"disambiguation\":\"%s\"}").formatted(id, session, timestamp, disambiguation);
    }

    static String intervention(String id, String session, String timestamp) {
        return "{\"id\":\"%s\",\"type\":\"intervention\",\"session_id\":\"%s\",\"timestamp\":%s}"
                .formatted(id, session, timestamp);
    }

    static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }
}
