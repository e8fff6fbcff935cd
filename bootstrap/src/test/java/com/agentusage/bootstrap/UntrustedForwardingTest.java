package com.agentusage.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a trusted proxy configured, forwarding headers are the caller's own words and change nothing. */
@QuarkusTest
@TestProfile(UntrustedForwardingTest.ShippedFailureBudget.class)
class UntrustedForwardingTest {

    public static class ShippedFailureBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.rate-limit.failed-authentications-per-minute",
                    String.valueOf(RateLimitTest.FAILED_AUTHENTICATIONS_PER_MINUTE));
        }
    }

    @Test
    void givenAFreshForwardedAddressOnEveryRequest_whenMadeUpTokensAreSent_thenTheyAreStillChargedToTheConnection() {
        List<Integer> statuses = new ArrayList<>();
        for (int request = 0; request < 100; request++) {
            statuses.add(given().header("X-Forwarded-For", "198.51.100." + request)
                    .header("Forwarded", "for=198.51.100." + request).header("Access-Token", "made-up-" + request)
                    .get("/bots/analytics/1/usage.json").statusCode());
        }

        assertThat(statuses.subList(0, RateLimitTest.FAILED_AUTHENTICATIONS_PER_MINUTE)).containsOnly(401);
        assertThat(statuses.subList(RateLimitTest.FAILED_AUTHENTICATIONS_PER_MINUTE, statuses.size())).containsOnly(429);
    }
}
