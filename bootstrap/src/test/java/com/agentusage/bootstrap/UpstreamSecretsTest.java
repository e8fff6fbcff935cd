package com.agentusage.bootstrap;

import static com.agentusage.adapter.avaamo.WireMockUpstream.stub;
import static com.agentusage.adapter.avaamo.WireMockUpstream.tokenOf;
import static com.agentusage.bootstrap.Api.usage;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.avaamo.UpstreamPayloads;
import com.agentusage.adapter.avaamo.WireMockUpstream;
import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.domain.access.AccessToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Upstream tokens are secrets too: neither they nor anything derived from them (such as the start of their
 * SHA-256) may appear in health output, metrics or the log, whatever the upstreams answer.
 */
@QuarkusTest
@TestProfile(UpstreamSecretsTest.BehindWireMockLoggingToAFile.class)
class UpstreamSecretsTest {

    static final Path LOG = Path.of("target", "upstream-secrets-test-" + ProcessHandle.current().pid() + ".log");

    public static class BehindWireMockLoggingToAFile extends SecretsTest.LoggingToAFile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.log.file.path", LOG.toString());
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockUpstream.class));
        }
    }

    private static Map<String, String> days(int from, int to) {
        return Map.of("from_date", "%02d/01/2021".formatted(from), "to_date", "%02d/01/2021".formatted(to));
    }

    @Test
    void givenUpstreamsThatAnswerAndFail_whenHealthMetricsAndTheLogAreRead_thenAccountsAreNamedByBaseUrlAndAgentsOnly()
            throws Exception {
        Caller answered = UpstreamAgentsEndToEndTest.viewerOf(20026);
        stub(20026, okJson(UpstreamPayloads.example()));
        usage(answered.token(), 20026, UsageApiScenarios.EXAMPLE_PERIOD).then().statusCode(200);
        Caller failing = UpstreamAgentsEndToEndTest.viewerOf(20027);
        stub(20027, aResponse().withStatus(500));
        usage(failing.token(), 20027, days(1, 2)).then().statusCode(502);
        usage(failing.token(), 20027, days(1, 3)).then().statusCode(503);
        Caller throttled = UpstreamAgentsEndToEndTest.viewerOf(20028);
        stub(20028, aResponse().withStatus(429).withHeader("Retry-After", "60"));
        usage(throttled.token(), 20028, days(1, 2)).then().statusCode(429);
        Caller refused = UpstreamAgentsEndToEndTest.viewerOf(20029);
        stub(20029, aResponse().withStatus(401));
        usage(refused.token(), 20029, days(1, 2)).then().statusCode(502);

        String health = given().get("/q/health/group/upstreams").then().extract().asString();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String log = Files.readString(LOG);

        assertThat(health).containsPattern(Pattern.quote(WireMockUpstream.server().baseUrl() + " for agents 20027") + "\"\\s*:\\s*\"OPEN\"")
                .contains(WireMockUpstream.server().baseUrl() + " for agents 20030, 20031");
        assertThat(metrics).contains("method=\"upstream " + WireMockUpstream.server().baseUrl() + " for agents 20027\"");
        assertThat(log).as("the log was written at DEBUG").contains("DEBUG");
        List<String> secrets = new ArrayList<>();
        for (long agent = WireMockUpstream.FIRST_AGENT; agent <= WireMockUpstream.LAST_AGENT; agent++) {
            secrets.add(tokenOf(agent));
            secrets.add(new AccessToken(tokenOf(agent)).hash().hex().substring(0, 12));
        }
        assertThat(secrets).allSatisfy(secret -> {
            assertThat(health).doesNotContain(secret);
            assertThat(metrics).doesNotContain(secret);
            assertThat(log).doesNotContain(secret);
        });
    }
}
