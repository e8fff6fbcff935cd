package com.agentusage.bootstrap;

import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.agents;
import static com.agentusage.bootstrap.Api.ambiguous;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.batch;
import static com.agentusage.bootstrap.Api.intervention;
import static com.agentusage.bootstrap.Api.message;
import static com.agentusage.bootstrap.Api.grant;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUser;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static com.agentusage.bootstrap.Api.usageCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.agentusage.bootstrap.Api.Caller;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service over HTTP: ingest, then read the contract's report. Run once per database by the subclasses.
 * The period is the contract example's: 10/04/2020 to 13/04/2020 at utc_offset -25200.
 */
abstract class UsageApiScenarios {

    static final Map<String, String> EXAMPLE_PERIOD = Map.of(
            "from_date", "10/04/2020", "to_date", "13/04/2020", "utc_offset", "-25200");

    /** Events on and next to every boundary the counting rule has. */
    static final String BOUNDARY_EVENTS = batch(
            message("m1", "s1", "1586502000", "successful"),               // first second of from_date
            message("m2", "s1", "1586540399.888", "unhandled"),            // last millisecond of bucket 0
            ambiguous("m3", "s2", "1586540399.889", "none_of_the_above"),  // first millisecond of bucket 1
            ambiguous("m4", "s2", "1586600000", "option_selected"),        // bucket 2
            "{\"id\":\"m5\",\"type\":\"message\",\"session_id\":\"s3\",\"timestamp\":1586847599.999,\"outcome\":\"ambiguous\"}",
            message("m6", "s4", "1586847600", "successful"),               // next day: not counted
            message("m7", "s5", "1586501999.999", "successful"),           // last millisecond of the previous interval
            message("m8", "s5", "1586156400", "successful"),               // first second of the previous four days
            message("m9", "s6", "1586156399.999", "successful"),           // before them: not counted
            intervention("i1", "s1", "1586700000"));                       // bucket 5

    @Test
    void givenEventsOnEveryBoundary_whenTheReportIsRead_thenEveryWindowCountsExactlyItsOwnEvents() {
        long agent = newAgent();
        Caller owner = newUserWith(agent, "owner");
        postEvents(owner.token(), agent, BOUNDARY_EVENTS).then().statusCode(200)
                .body("accepted", equalTo(10)).body("duplicates", equalTo(0));

        Response response = usage(owner.token(), agent, EXAMPLE_PERIOD);

        response.then().statusCode(200).contentType("application/json");
        assertThat(response.asString()).startsWith("{\"aggregate_stats\":{\"start_time\":1586502000,\"end_time\":1586847599,"
                + "\"session_count\":3,\"messages_count\":5,\"unhandled_messages_count\":1,\"successful_responses_count\":1,"
                + "\"ambiguous_messages_count\":3,\"interventions_count\":1,\"success_rate_count\":3,\"success_rate\":20.0},"
                + "\"previous_interval_stats\":{\"start_time\":1586156401,\"end_time\":1586502000,\"session_count\":1,"
                + "\"messages_count\":2,");
        assertThat(response.asString()).contains("\"start_time\":1586540399.8888888,\"end_time\":1586578799.7777777,");
        JsonPath json = response.jsonPath();
        assertThat(json.getList("stats.messages_count", Integer.class)).containsExactly(2, 1, 1, 0, 0, 0, 0, 0, 1);
        assertThat(json.getList("stats.session_count", Integer.class)).containsExactly(1, 1, 1, 0, 0, 0, 0, 0, 1);
        assertThat(json.getList("stats.success_rate_count", Integer.class)).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 1);
        assertThat(json.getList("stats.interventions_count", Integer.class)).containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 0);
        assertThat(json.getList("stats.success_rate", Double.class)).containsExactly(50.0, 0.0, 0.0, null, null, null, null, null, 0.0);
        assertThat(json.getDouble("previous_interval_stats.success_rate")).isEqualTo(100.0);
    }

    @Test
    void givenEventsOnEveryBoundary_whenTheReportIsReadAsCsv_thenEachWindowIsARowOfTheJsonsValues() {
        long agent = newAgent();
        Caller owner = newUserWith(agent, "owner");
        postEvents(owner.token(), agent, BOUNDARY_EVENTS).then().statusCode(200);

        Response csv = usageCsv(owner.token(), agent, EXAMPLE_PERIOD);

        csv.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"usage-" + agent + ".csv\"");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines).hasSize(12);
        assertThat(lines[0]).isEqualTo("window,start_time,end_time,session_count,messages_count,unhandled_messages_count,"
                + "successful_responses_count,ambiguous_messages_count,interventions_count,success_rate_count,success_rate");
        assertThat(lines[1]).isEqualTo("aggregate,1586502000,1586847599,3,5,1,1,3,1,3,20.0");
        assertThat(lines[2]).isEqualTo("previous_interval,1586156401,1586502000,1,2,0,2,0,0,2,100.0");
        assertThat(lines[3]).isEqualTo("bucket_1,1586502000,1586540399.8888888,1,2,1,1,0,0,1,50.0");
        assertThat(lines[6]).isEqualTo("bucket_4,1586617199.6666667,1586655599.5555556,0,0,0,0,0,0,0,");
    }

    @Test
    void givenABadPeriodOrToken_whenTheReportIsReadAsCsv_thenTheErrorsAreUsageJsonsInJson() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        usageCsv(viewer.token(), agent, Map.of("from_date", "13/04/2020", "to_date", "10/04/2020")).then()
                .statusCode(422).contentType("application/json").body("error", equalTo("To Date cannot be before From Date"));
        usageCsv("not-a-token", agent, Map.of()).then().statusCode(401).contentType("application/json");
        usageCsv(newUser("stranger").token(), agent, Map.of()).then().statusCode(404).body("error", equalTo("Agent not found"));
    }

    @Test
    void givenPermissionsOnSomeAgents_whenTheUserListsItsAgents_thenExactlyThoseAreListedWithTheirLevelsInIdOrder() {
        long viewed = newAgent();
        long owned = newAgent();
        long othersOnly = newAgent();
        Caller user = newUserWith(owned, "owner");
        grant(viewed, user, "view");
        newUserWith(othersOnly, "edit");

        JsonPath listed = agents(user.token()).then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertThat(listed.getList("agents.id", Long.class)).containsExactly(viewed, owned);
        assertThat(listed.getList("agents.name", String.class)).containsExactly("agent " + viewed, "agent " + owned);
        assertThat(listed.getList("agents.level", String.class)).containsExactly("view", "owner");
        agents(newUser("nobody").token()).then().statusCode(200).body(equalTo("{\"agents\":[]}"));
        agents("not-a-token").then().statusCode(401).body("error", equalTo("A valid Access-Token header is required"));
        agents(null).then().statusCode(401);
    }

    @Test
    void givenAStoredBatch_whenItIsSentAgain_thenEveryEventIsADuplicateAndTheCountsDoNotChange() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        Caller viewer = newUserWith(agent, "view");
        postEvents(editor.token(), agent, BOUNDARY_EVENTS).then().statusCode(200);
        String before = usage(viewer.token(), agent, EXAMPLE_PERIOD).asString();

        postEvents(editor.token(), agent, BOUNDARY_EVENTS).then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(10));

        assertThat(usage(viewer.token(), agent, EXAMPLE_PERIOD).asString()).isEqualTo(before);
    }

    @Test
    void givenEightClientsSendingTheSameAndOverlappingBatchesAtOnce_whenAllAreDone_thenEachEventIsStoredOnce()
            throws Exception {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        List<String> events = IntStream.range(0, 1_500)
                .mapToObj(i -> message("c-" + i, "s-" + i % 37, Long.toString(1586502000L + i * 97L), i % 20 == 0 ? "unhandled" : "successful"))
                .toList();
        String shared = batch(events.subList(0, 200).toArray(String[]::new));
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            // Every client sends one batch all the others send too, then 600 events overlapping its neighbours'.
            List<String> own = events.subList(client * 100, client * 100 + 600);
            clients.add(() -> {
                int accepted = postEvents(editor.token(), agent, shared).then().statusCode(200).extract().path("accepted");
                for (int from = 0; from < own.size(); from += 150) {
                    accepted += postEvents(editor.token(), agent, batch(own.subList(from, from + 150).toArray(String[]::new)))
                            .then().statusCode(200).extract().<Integer>path("accepted");
                }
                return accepted;
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        int accepted = 0;
        try {
            for (Future<Integer> result : pool.invokeAll(clients)) {
                accepted += result.get();
            }
        } finally {
            pool.shutdown();
        }

        int sent = 7 * 100 + 600;
        JsonPath report = usage(editor.token(), agent, EXAMPLE_PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(accepted).as("accepted once each").isEqualTo(sent);
        assertThat(report.getInt("aggregate_stats.messages_count")).isEqualTo(sent);
        assertThat(report.getInt("aggregate_stats.unhandled_messages_count")).isEqualTo(sent / 20);
        assertThat(report.getInt("aggregate_stats.session_count")).isEqualTo(37);
    }

    @Test
    void givenABatchWithInvalidEvents_whenSent_thenItIsRejectedWholeNamingEachAndNothingIsStored() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        String future = Long.toString(Instant.now().plusSeconds(25 * 3600).getEpochSecond());

        postEvents(editor.token(), agent, batch(
                message("ok", "s1", "1586502000", "successful"),
                message("bad-outcome", "s1", "1586502000", "great"),
                "{\"id\":\"no-time\",\"type\":\"message\",\"session_id\":\"s1\",\"outcome\":\"successful\"}",
                message("too-late", "s1", future, "successful"),
                "{\"id\":\"what\",\"type\":\"click\",\"session_id\":\"s1\",\"timestamp\":1586502000}"))
                .then().statusCode(422)
                .body("error", equalTo("3 of the events are invalid; none was stored"))
                .body("details.index", contains(1, 2, 4))
                .body("details[0].error", equalTo("outcome must be \"successful\", \"unhandled\" or \"ambiguous\""))
                .body("details[1].error", equalTo("timestamp must be a number of seconds since the epoch"));

        postEvents(editor.token(), agent, batch(message("ok", "s1", "1586502000", "successful"),
                message("too-late", "s1", future, "successful")))
                .then().statusCode(422)
                .body("details[0].index", equalTo(1))
                .body("details[0].error", equalTo("timestamp is more than 24 hours in the future"));

        usage(editor.token(), agent, EXAMPLE_PERIOD).then().statusCode(200).body("aggregate_stats.messages_count", equalTo(0));
    }

    @Test
    void givenMoreThanTenThousandEvents_whenSent_thenTheBatchIsTooLarge() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");
        List<String> events = new ArrayList<>(Collections.nCopies(10_001, message("same", "s", "1586502000", "successful")));

        postEvents(editor.token(), agent, batch(events.toArray(String[]::new))).then().statusCode(413)
                .body("error", equalTo("a batch holds at most 10000 events"));
    }

    @Test
    void givenBodiesThatAreNotABatch_whenSent_thenTheyAreRejectedWithAClearError() {
        long agent = newAgent();
        Caller editor = newUserWith(agent, "edit");

        postEvents(editor.token(), agent, "{\"events\": [").then().statusCode(400)
                .body("error", org.hamcrest.Matchers.startsWith("The request body is not valid JSON"));
        postEvents(editor.token(), agent, "{\"event\": []}").then().statusCode(422)
                .body("error", equalTo("the body must be a JSON object with an \"events\" array"));
        postEvents(editor.token(), agent, "{\"events\": []}").then().statusCode(422)
                .body("error", equalTo("events must hold at least one event"));
        postEvents(editor.token(), agent, "").then().statusCode(422);
    }

    @Test
    void givenToDateBeforeFromDate_whenReading_thenTheContractsErrorIsReturned() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        usage(viewer.token(), agent, Map.of("from_date", "13/04/2020", "to_date", "10/04/2020")).then()
                .statusCode(422).body("error", equalTo("To Date cannot be before From Date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "1/31/2019", "2020-04-10", "", "10/04/2020%00", "29/02/2023"})
    void givenAMalformedOrImpossibleDate_whenReading_thenItIs422NamingTheParameter(String date) {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        usage(viewer.token(), agent, Map.of("from_date", date, "to_date", "13/04/2020")).then()
                .statusCode(422).body("error", org.hamcrest.Matchers.containsString("from_date"));
        usage(viewer.token(), agent, Map.of("to_date", date)).then()
                .statusCode(422).body("error", org.hamcrest.Matchers.containsString("to_date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "1.5", "1e3", "-43201", "50401", "99999999999", "NaN"})
    void givenABadUtcOffset_whenReading_thenItIs422NamingUtcOffset(String offset) {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        usage(viewer.token(), agent, Map.of("utc_offset", offset)).then()
                .statusCode(422).body("error", org.hamcrest.Matchers.containsString("utc_offset"));
    }

    @Test
    void givenARangeLongerThanTheMaximum_whenReading_thenItIs422() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        usage(viewer.token(), agent, Map.of("from_date", "01/01/2020", "to_date", "01/01/2021")).then()
                .statusCode(422).body("error", equalTo("from_date to to_date spans 367 days; at most 366 are allowed"));
        usage(viewer.token(), agent, Map.of("from_date", "01/01/2020", "to_date", "31/12/2020")).then().statusCode(200);
    }

    @Test
    void givenUnknownQueryParametersAndALowerCaseHeader_whenReading_thenTheyChangeNothing() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        io.restassured.RestAssured.given().header("access-token", viewer.token())
                .queryParams(Map.of("from_date", "10/04/2020", "to_date", "13/04/2020", "utc_offset", "-25200", "colour", "blue"))
                .get("/bots/analytics/{agent}/usage.json", agent)
                .then().statusCode(200).body("aggregate_stats.start_time", equalTo(1586502000));
    }

    @Test
    void givenNoDates_whenReading_thenTheLastFourDaysUpToTodayAreReported() {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");
        long now = Instant.now().getEpochSecond();

        JsonPath json = usage(viewer.token(), agent, Map.of()).then().statusCode(200).extract().jsonPath();

        long start = json.getLong("aggregate_stats.start_time");
        long end = json.getLong("aggregate_stats.end_time");
        assertThat(end - start).isEqualTo(4 * 86_400 - 1);
        assertThat(now).isBetween(start + 3 * 86_400, end);
        assertThat(json.getList("stats")).hasSize(9);
    }

    @Test
    void givenUnknownPathsAndMethods_whenCalled_thenTheErrorIsJsonToo() {
        as(null).get("/nowhere").then().statusCode(404).body("error", equalTo("Not Found"));
        as(ADMIN_TOKEN).delete("/bots/analytics/1/usage.json").then().statusCode(405).body("error", equalTo("Method Not Allowed"));
    }
}
