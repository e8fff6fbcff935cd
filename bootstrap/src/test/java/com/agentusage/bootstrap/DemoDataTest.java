package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.grant;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.usage;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.domain.period.ContractDate;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo seeding as the demo profile runs it, on a database of its own. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.demo.enabled", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void givenTheDemoProfile_whenTheServiceHasStarted_thenAgent20001HasAMonthOfRealisticTraffic() {
        Caller reader = newUser("reader");
        grant(20001, reader, "view");

        JsonPath lastDays = usage(reader.token(), 20001, Map.of()).then().statusCode(200).extract().jsonPath();
        // The 30 days before today and today so far: everything seeded, and nothing before it.
        JsonPath seeded = usage(reader.token(), 20001, Map.of("from_date", today(-30), "to_date", today(0)))
                .then().statusCode(200).extract().jsonPath();

        assertThat(lastDays.getLong("aggregate_stats.messages_count")).isPositive();
        assertThat(seeded.getLong("aggregate_stats.session_count")).isGreaterThan(4_000);
        assertThat(seeded.getDouble("aggregate_stats.success_rate")).isBetween(88.0, 94.0);
        assertThat(seeded.getLong("aggregate_stats.interventions_count")).isPositive();
        assertThat(seeded.getLong("previous_interval_stats.messages_count")).as("nothing before the month").isZero();
    }

    private static String today(int plusDays) {
        return ContractDate.format(LocalDate.now(ZoneOffset.UTC).plusDays(plusDays));
    }
}
