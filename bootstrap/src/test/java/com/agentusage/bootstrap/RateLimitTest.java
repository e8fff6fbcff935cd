package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * The limits behind a trusted proxy (loopback), so that each test speaks from addresses of its own through
 * X-Forwarded-For: what one address uses up never reaches another's.
 */
@QuarkusTest
@TestProfile(RateLimitTest.BehindATrustedProxy.class)
class RateLimitTest {

    static final int PER_MINUTE = 40;
    /** As shipped (application.properties). */
    static final int FAILED_AUTHENTICATIONS_PER_MINUTE = 30;

    public static class BehindATrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.rate-limit.per-minute", String.valueOf(PER_MINUTE),
                    "usage.rate-limit.failed-authentications-per-minute", String.valueOf(FAILED_AUTHENTICATIONS_PER_MINUTE),
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.0/8",
                    "quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject EntityManagerFactory persistence;

    private static RequestSpecification from(String address, String token) {
        RequestSpecification request = given().header("X-Forwarded-For", address);
        return token == null ? request : request.header("Access-Token", token);
    }

    private static int usage(String address, String token, long agent) {
        return from(address, token).get("/bots/analytics/{agent}/usage.json", agent).statusCode();
    }

    private static String madeUpToken(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void givenAUserOverItsLimit_whenItCallsAgain_thenItGets429WithRetryAfterWhileOthersAreServed() {
        long agent = newAgent();
        Caller busy = newUserWith(agent, "view");
        Caller other = newUserWith(agent, "view");
        for (int call = 0; call < PER_MINUTE; call++) {
            assertThat(usage("203.0.113.1", busy.token(), agent)).isEqualTo(200);
        }

        String retryAfter = from("203.0.113.1", busy.token()).get("/bots/analytics/{agent}/usage.json", agent).then()
                .statusCode(429).body("error", startsWith("Too many requests: at most 40 a minute"))
                .extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        // Every endpoint of a user counts against the same budget: the CSV, the agents list, the dashboard's API.
        from("203.0.113.1", busy.token()).get("/bots/analytics/{agent}/usage.csv", agent).then().statusCode(429);
        from("203.0.113.1", busy.token()).get("/bots/analytics/agents.json").then().statusCode(429);
        from("203.0.113.1", busy.token()).get("/dashboard/api/agents").then().statusCode(429);
        assertThat(usage("203.0.113.1", other.token(), agent)).isEqualTo(200);
    }

    @Test
    void givenAThousandMadeUpTokensFromOneAddress_whenSent_thenTheyMeet429sWellBeforeTheEnd() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");
        assertThat(usage("203.0.113.2", viewer.token(), agent)).isEqualTo(200);
        Random random = new Random(14);
        List<Integer> statuses = new ArrayList<>();

        for (int request = 0; request < 1_000; request++) {
            statuses.add(usage("203.0.113.2", madeUpToken(random), agent));
        }

        assertThat(statuses.subList(0, FAILED_AUTHENTICATIONS_PER_MINUTE)).containsOnly(401);
        assertThat(statuses.subList(FAILED_AUTHENTICATIONS_PER_MINUTE, statuses.size())).containsOnly(429);
        from("203.0.113.2", madeUpToken(random)).get("/bots/analytics/{agent}/usage.json", agent).then().statusCode(429)
                .body("error", startsWith("Too many failed authentications from this address: at most 30 a minute"))
                .header("Retry-After", Long::parseLong, lessThanOrEqualTo(60L));
        assertThat(usage("203.0.113.2", viewer.token(), agent)).as("a user known to be valid").isEqualTo(200);
        assertThat(usage("203.0.113.3", madeUpToken(random), agent)).as("another address").isEqualTo(401);
    }

    @Test
    void givenNoTokenAtAll_whenRepeated_thenTheAddressMeets429() {
        for (int request = 0; request < FAILED_AUTHENTICATIONS_PER_MINUTE; request++) {
            assertThat(usage("203.0.113.4", null, 1)).isEqualTo(401);
        }

        assertThat(usage("203.0.113.4", null, 1)).isEqualTo(429);
    }

    @Test
    void givenWrongAdminTokens_whenGuessedFromOneAddress_thenTheyMeet429_whileTheAdminIsServed() {
        for (int guess = 0; guess < FAILED_AUTHENTICATIONS_PER_MINUTE; guess++) {
            from("203.0.113.5", "guess-" + guess).contentType(ContentType.JSON).body(Map.of("name", "x"))
                    .post("/admin/users").then().statusCode(401);
        }

        from("203.0.113.5", "guess-again").contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/admin/users").then().statusCode(429);
        from("203.0.113.5", ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/admin/users").then().statusCode(201);
    }

    @Test
    void givenAnUnknownTokenAlreadyRefused_whenSentAgain_thenNoDatabaseStatementIsMade() {
        String unknown = madeUpToken(new Random(15));
        assertThat(usage("203.0.113.6", unknown, 1)).isEqualTo(401);
        long statements = persistence.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();

        for (int again = 0; again < 10; again++) {
            assertThat(usage("203.0.113.6", unknown, 1)).isEqualTo(401);
        }

        assertThat(persistence.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount()).isEqualTo(statements);
    }
}
