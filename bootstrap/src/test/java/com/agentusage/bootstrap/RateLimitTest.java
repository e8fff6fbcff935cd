package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.agents;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.usage;
import static com.agentusage.bootstrap.Api.usageCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.rate-limit.per-minute", "5");
        }
    }

    @Test
    void givenACallerOverItsLimit_whenItCallsAgain_thenItGets429WithRetryAfterWhileOthersAreServed() {
        // Setting up uses the admin token's own allowance: two agents, two users, two grants.
        long agent = newAgent();
        Caller busy = newUserWith(agent, "view");
        Caller other = newUserWith(agent, "view");
        for (int call = 0; call < 5; call++) {
            usage(busy.token(), agent, Map.of()).then().statusCode(200);
        }

        String retryAfter = usage(busy.token(), agent, Map.of()).then().statusCode(429)
                .body("error", startsWith("Too many requests: at most 5 a minute"))
                .extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        usageCsv(busy.token(), agent, Map.of()).then().statusCode(429);
        agents(busy.token()).then().statusCode(429);
        as(busy.token()).get("/dashboard/api/agents").then().statusCode(429);
        usage(other.token(), agent, Map.of()).then().statusCode(200);
    }
}
