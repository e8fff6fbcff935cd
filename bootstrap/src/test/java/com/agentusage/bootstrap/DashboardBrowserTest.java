package com.agentusage.bootstrap;

import static com.agentusage.adapter.avaamo.WireMockUpstream.server;
import static com.agentusage.adapter.avaamo.WireMockUpstream.usagePath;
import static com.agentusage.bootstrap.Api.ADMIN_TOKEN;
import static com.agentusage.bootstrap.Api.as;
import static com.agentusage.bootstrap.Api.newAgent;
import static com.agentusage.bootstrap.Api.newUserWith;
import static com.agentusage.bootstrap.Api.postEvents;
import static com.agentusage.bootstrap.Api.usage;
import static com.agentusage.bootstrap.Api.usageCsv;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.avaamo.UpstreamPayloads;
import com.agentusage.bootstrap.Api.Caller;
import com.agentusage.bootstrap.DashboardPage.Card;
import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in Debian's Chromium against the running service: what it shows is what usage.json says, for
 * agents counted here and agents served by an upstream (agents 20007 to 20009 of the WireMock upstream), and
 * every failure is said in plain words. Each test leaves a screenshot in target/browser-screenshots; the first
 * one also renews docs/images/dashboard.png.
 */
@QuarkusTest
@TestProfile(UpstreamAgentsEndToEndTest.BehindWireMock.class)
@ExtendWith(Chromium.class)
class DashboardBrowserTest {

    private static final Map<String, String> EXAMPLE_PERIOD = UsageApiScenarios.EXAMPLE_PERIOD;
    private static final int EXAMPLE_OFFSET = -25200;
    private static final long UPSTREAM = 20007;
    private static final long FAILING_UPSTREAM = 20008;
    private static final long LIMITED_UPSTREAM = 20009;
    private static final Path DOCS_SCREENSHOT = Path.of("..", "docs", "images", "dashboard.png");

    private static Path workspace;
    private static ChromeDriver driver;

    @TestHTTPResource("/")
    URL root;
    private DashboardPage page;

    @BeforeAll
    static void startChromium() throws IOException {
        workspace = Files.createTempDirectory("dashboard-browser-test");
        driver = Chromium.start(Files.createDirectory(workspace.resolve("profile")),
                Files.createDirectory(workspace.resolve("downloads")));
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openThePage() {
        page = new DashboardPage(driver, root, workspace.resolve("downloads"));
        // The UTC offset every test's browser starts with, so that default periods are known to the test.
        page.timezone("UTC");
        page.open();
    }

    @AfterEach
    void keepAScreenshot(TestInfo test) throws IOException {
        page.screenshot(test.getTestMethod().orElseThrow().getName());
        assertThat(page.pageErrors()).as("script errors and blocked loads in the page").isEmpty();
    }

    @Test
    void givenAViewerOfAnUpstreamAgent_whenItSignsInAndPicksAPeriod_thenCardsChartAndTableShowExactlyUsageJson()
            throws IOException {
        Caller viewer = viewerOf(UPSTREAM, "Support assistant");
        stubEmptyReportsForTheDefaultPeriod(UPSTREAM);
        // Slow enough that the page is seen loading, well within the upstream's timeout.
        server().stubFor(get(urlPathEqualTo(usagePath(UPSTREAM))).withQueryParam("from_date", equalTo("10/04/2020"))
                .willReturn(okJson(UpstreamPayloads.example()).withFixedDelay(400)));

        page.signIn(viewer.token()).reportShown();
        assertThat(page.agentOptions()).containsExactly("Support assistant (20007)");
        page.choose(UPSTREAM, "10/04/2020", "13/04/2020", EXAMPLE_OFFSET).show();
        assertThat(page.isLoading()).as("loading while the upstream answers").isTrue();
        assertThat(page.attribute("main", "aria-busy")).isEqualTo("true");
        assertThat(page.text("status")).isEqualTo("Loading the report of Support assistant (20007)\u2026");
        page.reportShown();

        JsonPath usage = usage(viewer.token(), UPSTREAM, EXAMPLE_PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(page.text("period-summary")).isEqualTo("Support assistant (20007) \u00b7 10/04/2020 to 13/04/2020 at "
                + "UTC\u221207:00, compared with 06/04/2020 to 09/04/2020");
        assertCardsShow(usage);
        assertThat(page.cards().values()).extracting(Card::change, Card::tone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("\u25bc down 46.2%", "worse"),
                org.assertj.core.groups.Tuple.tuple("\u25bc down 39.4%", "worse"),
                org.assertj.core.groups.Tuple.tuple("\u25b2 up 1.9%", "better"),
                org.assertj.core.groups.Tuple.tuple("\u25bc down 51.6%", "better"),
                org.assertj.core.groups.Tuple.tuple("\u25bc down 46.4%", "better"),
                org.assertj.core.groups.Tuple.tuple("\u25ac no change", "neutral"));
        assertTableAndChartShow(usage);
        assertThat(page.tableRows().get(0).get(0)).isEqualTo("10/04/2020 00:00 \u2013 10/04/2020 10:40");
        assertThat(page.tableRows().get(8).get(0)).isEqualTo("13/04/2020 13:20 \u2013 14/04/2020 00:00");
        assertThat(page.accessibilityViolations()).isEmpty();

        page.fitWindowToPage();
        page.hoverSlice(2);
        Files.createDirectories(DOCS_SCREENSHOT.getParent());
        Files.copy(page.screenshot("dashboard"), DOCS_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void givenALocalAgentsEvents_whenShownAndDownloaded_thenThePageAndBothFilesAreWhatTheApiServes() throws IOException {
        long agent = newAgent();
        Caller owner = newUserWith(agent, "owner");
        postEvents(owner.token(), agent, UsageApiScenarios.BOUNDARY_EVENTS).then().statusCode(200);

        page.signIn(owner.token()).reportShown();
        page.choose(agent, "10/04/2020", "13/04/2020", EXAMPLE_OFFSET).show().reportShown();

        JsonPath usage = usage(owner.token(), agent, EXAMPLE_PERIOD).then().statusCode(200).extract().jsonPath();
        assertCardsShow(usage);
        assertTableAndChartShow(usage);
        assertThat(page.cards().get("interventions").change()).isEqualTo("\u25b2 up from none");
        assertThat(new String(page.download("csv"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(usageCsv(owner.token(), agent, EXAMPLE_PERIOD).then().statusCode(200).extract().asString());
        assertThat(page.download("json"))
                .isEqualTo(usage(owner.token(), agent, EXAMPLE_PERIOD).then().statusCode(200).extract().asByteArray());

        assertThat(page.storedToken()).isEqualTo(owner.token());
        page.signOut();
        assertThat(page.storedToken()).isNull();
        assertThat(page.isShown("dashboard")).isFalse();
        assertThat(page.cards()).isEmpty();
        assertThat(page.focused()).isEqualTo("token");
    }

    @Test
    void givenOnlyAKeyboard_whenSigningInAndChoosingAPeriod_thenEveryControlIsReachedInOrderAndWorks() throws IOException {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");

        assertThat(page.focused()).as("the token field has the focus at once").isEqualTo("token");
        page.press(viewer.token(), Keys.ENTER).reportShown();
        assertThat(page.focused()).isEqualTo("agent");
        page.tab().selectAll().press("10/04/2020");
        assertThat(page.focused()).isEqualTo("from-date");
        page.tab();
        assertThat(page.focused()).isEqualTo("Pick the from date on a calendar");
        page.tab().selectAll().press("13/04/2020");
        assertThat(page.focused()).isEqualTo("to-date");
        page.tab();
        assertThat(page.focused()).isEqualTo("Pick the to date on a calendar");
        page.tab();
        assertThat(page.focused()).isEqualTo("utc-offset");
        page.tab();
        assertThat(page.focused()).isEqualTo("show");
        page.press(Keys.ENTER).reportShown();

        assertThat(page.text("period-summary")).contains("10/04/2020 to 13/04/2020");
        page.tab();
        assertThat(page.focused()).isEqualTo("download-json");
        page.tab();
        assertThat(page.focused()).isEqualTo("download-csv");
        assertThat(page.accessibilityViolations()).isEmpty();
    }

    @Test
    void givenTheCalendarBesideAField_whenADayIsPickedOnIt_thenTheFieldShowsItAsDdMmYyyyAndHasTheFocus() {
        long agent = newAgent();
        page.signIn(newUserWith(agent, "view").token()).reportShown();
        page.type("from-date", "10/04/2020");

        page.click("[aria-label='Pick the from date on a calendar']");
        assertThat(page.script("return document.querySelector('#from-date ~ .date-picker').value")).isEqualTo("2020-04-10");
        // The calendar itself is the browser's own: what it does when a day is picked is set here.
        page.script("""
                const picker = document.querySelector('#from-date ~ .date-picker');
                picker.value = '2020-03-09';
                picker.dispatchEvent(new Event('change'));""");

        assertThat(page.value("from-date")).isEqualTo("09/03/2020");
        assertThat(page.focused()).isEqualTo("from-date");
    }

    @Test
    void givenTokensThatStopWorking_whenUsed_thenThePageSaysSoAndAsksToSignInAgain() {
        page.signIn("a-token-nobody-was-given").settled();
        assertThat(page.text("sign-in-error")).isEqualTo("That access token was not accepted. Check it and try again.");
        assertThat(page.storedToken()).isNull();

        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");
        page.signIn(viewer.token()).reportShown();
        as(ADMIN_TOKEN).post("/admin/users/{user}/token", viewer.id()).then().statusCode(200);
        page.show().settled();

        assertThat(page.isShown("sign-in")).isTrue();
        assertThat(page.text("sign-in-error")).isEqualTo("Your access token was not accepted: it may be mistyped, or it "
                + "has been replaced by a newer one. Sign in again with your current token.");
        assertThat(page.storedToken()).isNull();
    }

    @Test
    void givenAPermissionRevokedOrAPeriodThatCannotBe_whenShown_thenThePageSaysWhyInPlainWords() throws IOException {
        long agent = newAgent();
        Caller viewer = newUserWith(agent, "view");
        page.signIn(viewer.token()).reportShown();

        page.choose(agent, "13/04/2020", "10/04/2020", 0).show().settled();
        assertThat(page.text("report-error")).isEqualTo("Check the period: To Date cannot be before From Date.");
        assertThat(page.isShown("report")).isFalse();
        page.type("from-date", "31/02/2024").show().settled();
        assertThat(page.text("report-error")).isEqualTo(
                "Check the period: From date must be an existing date in dd/mm/yyyy format, got '31/02/2024'.");
        assertThat(page.accessibilityViolations()).as("with an error on screen").isEmpty();

        as(ADMIN_TOKEN).delete("/admin/agents/{agent}/permissions/{user}", agent, viewer.id()).then().statusCode(204);
        page.type("from-date", "10/04/2020").show().settled();
        assertThat(page.text("report-error")).isEqualTo("This agent does not exist, or your access token may not view "
                + "it. Choose another agent, or ask an administrator for access.");
    }

    @Test
    void givenAnUpstreamThatFails_whenItsAgentIsShown_thenTheFailureAndThenTheOpenCircuitAreSaidWithWhenToRetry() {
        Caller viewer = viewerOf(FAILING_UPSTREAM, "Failing upstream agent");
        server().stubFor(get(urlPathEqualTo(usagePath(FAILING_UPSTREAM))).willReturn(aResponse().withStatus(500)));

        page.signIn(viewer.token()).settled();
        assertThat(page.text("report-error")).isEqualTo("The platform that hosts this agent answered with an error, so "
                + "its usage cannot be shown: The upstream answered 500: the upstream failed.");

        page.choose(FAILING_UPSTREAM, "01/01/2021", "03/01/2021", 0).show().settled();
        assertThat(page.text("report-error")).matches("The usage cannot be fetched right now \\(The upstream failed "
                + "repeatedly; it is not being called for a while\\)\\. Try again in \\d+ seconds?\\.");
    }

    @Test
    void givenAnUpstreamThatLimitsItsCallers_whenItsAgentIsShown_thenThePageSaysToWait() {
        Caller viewer = viewerOf(LIMITED_UPSTREAM, "Busy upstream agent");
        server().stubFor(get(urlPathEqualTo(usagePath(LIMITED_UPSTREAM)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")));

        page.signIn(viewer.token()).settled();

        assertThat(page.text("report-error")).matches("Too many requests for now \\(The upstream answered 429: its own "
                + "rate limit was exceeded; it is not being called for a while\\)\\. Try again in \\d+ seconds?\\.");
    }

    @Test
    void givenABrowserInKolkata_whenThePageOpens_thenItsOffsetIsChosenAndThePeriodIsTheLastFourDaysThere() {
        page.timezone("Asia/Kolkata");
        page.open();

        assertThat(page.value("utc-offset")).isEqualTo("19800");
        LocalDate today = LocalDate.now(ZoneOffset.ofTotalSeconds(19800));
        assertThat(page.value("to-date")).isEqualTo(ContractDate.format(today));
        assertThat(page.value("from-date")).isEqualTo(ContractDate.format(today.minusDays(3)));
        assertThat(page.url()).isEqualTo(root.toString());
        assertThat(page.cookies()).isEmpty();
    }

    /** Registers an agent of the upstream here (once) and gives a new user view permission on it. */
    private static Caller viewerOf(long agent, String name) {
        as(ADMIN_TOKEN).contentType(ContentType.JSON).body(Map.of("id", agent, "name", name)).post("/admin/agents");
        return newUserWith(agent, "view");
    }

    /** The report the page asks for right after signing in: usage.json's default period at the browser's UTC. */
    private static void stubEmptyReportsForTheDefaultPeriod(long agent) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        server().stubFor(get(urlPathEqualTo(usagePath(agent))).willReturn(okJson(
                UpstreamPayloads.emptyFor(ReportingPeriod.of(today.minusDays(3), today, UtcOffset.UTC)))));
    }

    private void assertCardsShow(JsonPath usage) {
        Map<String, Card> cards = page.cards();
        assertThat(cards.keySet()).containsExactly("sessions", "messages", "success_rate", "unhandled", "ambiguous",
                "interventions");
        Map<String, String> fields = Map.of("sessions", "session_count", "messages", "messages_count",
                "unhandled", "unhandled_messages_count", "ambiguous", "ambiguous_messages_count",
                "interventions", "interventions_count");
        fields.forEach((metric, field) -> {
            assertThat(cards.get(metric).value()).as(metric).isEqualTo(count(usage.getLong("aggregate_stats." + field)));
            assertThat(cards.get(metric).previous()).as(metric)
                    .isEqualTo("previously " + count(usage.getLong("previous_interval_stats." + field)));
        });
        assertThat(cards.get("success_rate").value()).isEqualTo(rate(usage.getString("aggregate_stats.success_rate")));
        assertThat(cards.get("success_rate").previous())
                .isEqualTo("previously " + rate(usage.getString("previous_interval_stats.success_rate")));
    }

    /** Row by row and slice by slice, the table and the chart's values under the pointer are usage.json's stats. */
    private void assertTableAndChartShow(JsonPath usage) {
        List<List<String>> rows = page.tableRows();
        assertThat(rows).hasSize(9);
        for (int slice = 0; slice < 9; slice++) {
            String bucket = "stats[" + slice + "].";
            List<String> expected = new ArrayList<>(List.of(
                    count(usage.getLong(bucket + "session_count")), count(usage.getLong(bucket + "messages_count")),
                    count(usage.getLong(bucket + "successful_responses_count")),
                    count(usage.getLong(bucket + "unhandled_messages_count")),
                    count(usage.getLong(bucket + "ambiguous_messages_count")),
                    count(usage.getLong(bucket + "interventions_count")), rate(usage.getString(bucket + "success_rate"))));
            assertThat(rows.get(slice).subList(1, 8)).as("table row %d", slice).isEqualTo(expected);

            Map<String, String> hovered = page.hoverSlice(slice);
            assertThat(hovered).as("chart slice %d", slice).containsExactly(
                    Map.entry("Slice", rows.get(slice).get(0)),
                    Map.entry("Unhandled", expected.get(3)),
                    Map.entry("Ambiguous", expected.get(4)),
                    Map.entry("Successful", expected.get(2)),
                    Map.entry("Success rate", expected.get(6).equals("no messages") ? "\u2013" : expected.get(6)));
        }
    }

    private static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** As the page writes a success rate: up to two decimals, thousands separated, or "no messages" for null. */
    private static String rate(String value) {
        return value == null ? "no messages"
                : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(new BigDecimal(value)) + "%";
    }
}
