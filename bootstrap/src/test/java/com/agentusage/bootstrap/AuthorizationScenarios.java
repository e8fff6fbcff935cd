package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static org.hamcrest.Matchers.equalTo;

import com.agentusage.bootstrap.Api.Caller;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may read, feed and administer which agent, over HTTP. Run once per database by the subclasses. */
abstract class AuthorizationScenarios {

    private static final String ONE_EVENT = batch(message("e1", "s1", "1586502000", "successful"));

    @ParameterizedTest(name = "{0} on {1} agent: read {2}, ingest {3}")
    @CsvSource({
            "owner,   own,     200, 200", "owner,   other,   404, 404", "owner,   missing, 404, 404",
            "edit,    own,     200, 200", "edit,    other,   404, 404", "edit,    missing, 404, 404",
            "view,    own,     200, 403", "view,    other,   404, 404", "view,    missing, 404, 404",
            "none,    own,     404, 404", "none,    other,   404, 404", "none,    missing, 404, 404",
            "revoked, own,     404, 404", "revoked, other,   404, 404", "revoked, missing, 404, 404",
            "unknown, own,     401, 401", "unknown, other,   401, 401", "unknown, missing, 401, 401",
            "absent,  own,     401, 401", "absent,  other,   401, 401", "absent,  missing, 401, 401"})
    void givenACallerAndAnAgent_whenReadingAndIngesting_thenOnlyTheirPermissionDecides(
            String role, String target, int readStatus, int ingestStatus) {
        long own = newAgent();
        long other = newAgent();
        newUserWith(other, "owner");
        String token = tokenOf(role, own);
        long agent = switch (target) {
            case "own" -> own;
            case "other" -> other;
            default -> Long.MAX_VALUE;
        };

        usage(token, agent, Map.of()).then().statusCode(readStatus);
        postEvents(token, agent, ONE_EVENT).then().statusCode(ingestStatus);
        // No user token opens administration, whatever the user may do with agents.
        as(token).contentType(ContentType.JSON).body(Map.of("id", agent, "name", "taken over"))
                .post("/admin/agents").then().statusCode(401);
    }

    private static String tokenOf(String role, long own) {
        return switch (role) {
            case "owner", "edit", "view" -> newUserWith(own, role).token();
            case "none" -> newUser("nobody").token();
            case "revoked" -> {
                Caller revoked = newUserWith(own, "edit");
                as(ADMIN_TOKEN).delete("/admin/agents/{agent}/permissions/{user}", own, revoked.id()).then().statusCode(204);
                yield revoked.token();
            }
            case "unknown" -> "a-token-nobody-was-given";
            default -> null;
        };
    }

    @Test
    void givenAnAgentSomeoneMayNotSee_whenTheyReadIt_thenTheAnswerIsTheSameAsForAMissingAgent() {
        long agent = newAgent();
        Caller stranger = newUser("stranger");

        String hidden = usage(stranger.token(), agent, Map.of()).then().statusCode(404).extract().asString();
        String missing = usage(stranger.token(), Long.MAX_VALUE, Map.of()).then().statusCode(404).extract().asString();

        org.assertj.core.api.Assertions.assertThat(hidden).isEqualTo(missing).isEqualTo("{\"error\":\"Agent not found\"}");
    }

    @Test
    void givenARotatedToken_whenTheOldAndNewTokensAreUsed_thenOnlyTheNewOneWorks() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        String rotated = as(ADMIN_TOKEN).post("/admin/users/{user}/token", viewer.id()).then().statusCode(200)
                .body("id", equalTo((int) viewer.id())).extract().jsonPath().getString("access_token");

        usage(viewer.token(), agent, Map.of()).then().statusCode(401);
        usage(rotated, agent, Map.of()).then().statusCode(200);
    }

    @Test
    void givenTheAdminToken_whenAdministering_thenEachCallAnswersAsDocumented() {
        long agent = newAgent();
        Caller user = newUser("someone");

        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("id", agent, "name", "again"))
                .post("/admin/agents").then().statusCode(409).body("error", equalTo("Agent " + agent + " already exists"));
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("name", "no id"))
                .post("/admin/agents").then().statusCode(422).body("error", equalTo("id must be a positive integer"));
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("id", agent + 1_000_000, "name", " "))
                .post("/admin/agents").then().statusCode(422).body("error", equalTo("name must not be empty"));
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body("{\"id\": \"twenty\"}")
                .post("/admin/agents").then().statusCode(400).body("error", equalTo("The request body has the wrong type at 'id'"));
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body("[1, 2]")
                .post("/admin/users").then().statusCode(400).body("error", equalTo("The request body must be a JSON object"));
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("level", "god"))
                .put("/admin/agents/{agent}/permissions/{user}", agent, user.id()).then().statusCode(422);
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("level", "view"))
                .put("/admin/agents/{agent}/permissions/{user}", Long.MAX_VALUE, user.id()).then().statusCode(404);
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("level", "view"))
                .put("/admin/agents/{agent}/permissions/{user}", agent, Long.MAX_VALUE).then().statusCode(404);
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("level", "owner"))
                .put("/admin/agents/{agent}/permissions/{user}", agent, user.id()).then().statusCode(200)
                .body("level", equalTo("owner"));
        as(ADMIN_TOKEN).post("/admin/users/{user}/token", Long.MAX_VALUE).then().statusCode(404);
        as("wrong-admin-token").contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/admin/users").then().statusCode(401);
    }
}
