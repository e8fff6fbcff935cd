package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.bootstrap.Api.Caller;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Strangers cannot blind the request metrics: what they make up never becomes a tag. */
@QuarkusTest
class MetricsTagsTest {

    private static final Pattern URI_TAG = Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    @Test
    void givenAThousandRandomPathsAndMethods_whenRequested_thenNoneBecomesATagAndTheRealEndpointsAreStillRecorded() {
        Random random = new Random(8);
        Set<String> madeUp = new HashSet<>();
        for (int request = 0; request < 1_000; request++) {
            String word = "x" + Long.toHexString(random.nextLong());
            madeUp.add(word);
            String path = switch (request % 5) {
                case 0 -> "/" + word;
                case 1 -> "/bots/analytics/" + word + "/usage.json";
                case 2 -> "/bots/analytics/1/" + word;
                case 3 -> "/admin/" + word;
                default -> "/bots/analytics/" + word + "/events.json";
            };
            given().header("Access-Token", word).request(METHODS.get(random.nextInt(METHODS.size())), path);
        }
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        postEvents(editor.token(), agent, batch(message("m", "s", "1586502000", "successful"))).then().statusCode(200);
        usage(editor.token(), agent, Map.of()).then().statusCode(200);

        Set<String> uris = new HashSet<>();
        Matcher tag = URI_TAG.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        while (tag.find()) {
            uris.add(tag.group(1));
        }

        assertThat(uris).contains("/bots/analytics/{agent_id}/usage.json", "/bots/analytics/{agent_id}/events.json");
        assertThat(uris).noneMatch(uri -> madeUp.stream().anyMatch(uri::contains)).hasSizeLessThan(30);
    }
}
