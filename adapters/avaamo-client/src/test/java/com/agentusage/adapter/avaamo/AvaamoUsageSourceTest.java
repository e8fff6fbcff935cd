package com.agentusage.adapter.avaamo;

import static com.agentusage.adapter.avaamo.UpstreamPayloads.EXAMPLE_PERIOD;
import static com.agentusage.adapter.avaamo.WireMockUpstream.requestsFor;
import static com.agentusage.adapter.avaamo.WireMockUpstream.server;
import static com.agentusage.adapter.avaamo.WireMockUpstream.stub;
import static com.agentusage.adapter.avaamo.WireMockUpstream.stubEmptyReport;
import static com.agentusage.adapter.avaamo.WireMockUpstream.tokenOf;
import static com.agentusage.adapter.avaamo.WireMockUpstream.usagePath;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.adapter.avaamo.UpstreamPayloads.Published;
import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.WindowCounts;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a fetch from the upstream answers: the report, or which failure, in the caller's words. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class AvaamoUsageSourceTest {

    @Inject
    AvaamoUsageSource source;

    @Inject
    ManualClock clock;

    @Inject
    AvaamoConfig config;

    private PeriodCounts fetch(long agent, ReportingPeriod period) {
        return source.countsFor(AgentId.of(agent), period);
    }

    private static ReportingPeriod days(LocalDate from, int days) {
        return ReportingPeriod.of(from, from.plusDays(days), UtcOffset.UTC);
    }

    private static void assertSame(WindowCounts counts, Published published) {
        assertThat(counts.sessions()).isEqualTo(published.sessions());
        assertThat(counts.messages()).isEqualTo(published.messages());
        assertThat(counts.unhandled()).isEqualTo(published.unhandled());
        assertThat(counts.successful()).isEqualTo(published.successful());
        assertThat(counts.ambiguous()).isEqualTo(published.ambiguous());
        assertThat(counts.interventions()).isEqualTo(published.interventions());
        assertThat(counts.successRateCount()).isEqualTo(published.successRateCount());
        assertThat(counts.successRate().map(BigDecimal::doubleValue).orElse(null)).isEqualTo(published.successRate());
    }

    @Test
    void givenTheContractsExample_whenFetched_thenEveryWindowHasTheUpstreamsValuesAndTheRequestIsTheContracts() {
        stub(20002, okJson(UpstreamPayloads.example()));

        PeriodCounts counts = fetch(20002, EXAMPLE_PERIOD);

        assertSame(counts.aggregate(), UpstreamPayloads.AGGREGATE);
        assertSame(counts.previous(), UpstreamPayloads.PREVIOUS);
        for (int i = 0; i < ReportingPeriod.BUCKETS; i++) {
            assertSame(counts.buckets().get(i), UpstreamPayloads.BUCKETS.get(i));
        }
        server().verify(getRequestedFor(urlPathEqualTo(usagePath(20002)))
                .withQueryParam("from_date", equalTo("10/04/2020"))
                .withQueryParam("to_date", equalTo("13/04/2020"))
                .withQueryParam("utc_offset", equalTo("-25200"))
                .withHeader("Access-Token", equalTo(tokenOf(20002))));
        assertThat(source.serves(AgentId.of(20002))).isTrue();
        assertThat(source.serves(AgentId.of(20001))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 400})
    void givenAnUpstreamClientError_whenFetched_thenItFailsOnceNamingTheStatusWithoutTheToken(int status) {
        long agent = 20003;
        int before = requestsFor(agent);
        stub(agent, aResponse().withStatus(status).withBody("{\"error\": \"no\"}"));
        ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2021, 1, status % 28 + 1), LocalDate.of(2021, 2, 1), UtcOffset.UTC);

        assertThatThrownBy(() -> fetch(agent, period))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessageContaining("answered " + status)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(tokenOf(agent)));
        assertThat(requestsFor(agent) - before).as("client errors are not retried").isEqualTo(1);
    }

    @Test
    void givenAnUpstream422_whenFetched_thenItsReasonIsPassedOnCleaned() {
        long agent = 20011;
        stub(agent, aResponse().withStatus(422)
                .withBody("{\"error\": \"To Date cannot be\\r\\nbefore From Date\\u001b[2J\\u202e\"}"));

        assertThatThrownBy(() -> fetch(agent, EXAMPLE_PERIOD))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessage("The upstream answered 422: To Date cannot be before From Date [2J");
    }

    @Test
    void givenAnUpstreamThatKeepsFailing_whenFetched_thenItIsRetriedTwiceAndReportedAsFailed() {
        long agent = 20004;
        stub(agent, aResponse().withStatus(500));

        assertThatThrownBy(() -> fetch(agent, EXAMPLE_PERIOD))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessage("The upstream answered 500: the upstream failed");
        assertThat(requestsFor(agent)).isEqualTo(3);
    }

    @Test
    void givenAnUpstreamThatFailsOnceThenRecovers_whenFetched_thenTheRetryAnswers() {
        long agent = 20005;
        server().stubFor(get(urlPathEqualTo(usagePath(agent))).inScenario("recovers")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        server().stubFor(get(urlPathEqualTo(usagePath(agent))).inScenario("recovers")
                .whenScenarioStateIs("up").willReturn(okJson(UpstreamPayloads.example())));

        assertThat(fetch(agent, EXAMPLE_PERIOD).aggregate().messages()).isEqualTo(50138);
        assertThat(requestsFor(agent)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{}", "[]", "{\"aggregate_stats\": {}}", "BROKEN_SUM", "EIGHT_BUCKETS", "OTHER_PERIOD", "NEGATIVE"})
    void givenAMalformedReport_whenFetched_thenItIsRejectedAsFailed(String body) {
        long agent = 20006;
        stub(agent, okJson(malformed(body)));
        ReportingPeriod period = body.equals("OTHER_PERIOD") ? EXAMPLE_PERIOD
                : ReportingPeriod.of(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13), UtcOffset.ofSeconds(-25200));

        assertThatThrownBy(() -> source.countsFor(AgentId.of(agent), uncachedVariantOf(period, body)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessageStartingWith("The upstream's usage report is");
    }

    /** Each case asks for another period, so no case is answered from the cache of another. */
    private static ReportingPeriod uncachedVariantOf(ReportingPeriod period, String body) {
        int offset = Math.floorMod(body.hashCode(), 3600);
        return body.equals("OTHER_PERIOD") ? ReportingPeriod.of(LocalDate.of(2020, 4, 11), LocalDate.of(2020, 4, 13),
                UtcOffset.ofSeconds(-25200)) : ReportingPeriod.of(period.from(), period.to(), UtcOffset.ofSeconds(offset));
    }

    private static String malformed(String kind) {
        List<Published> buckets = new ArrayList<>(UpstreamPayloads.BUCKETS);
        Published a = UpstreamPayloads.AGGREGATE;
        return switch (kind) {
            case "BROKEN_SUM" -> UpstreamPayloads.json(new Published(a.start(), a.end(), a.sessions(), a.messages(),
                    a.unhandled(), a.successful() + 1, a.ambiguous(), 0, a.successRateCount(), a.successRate()),
                    UpstreamPayloads.PREVIOUS, buckets);
            case "NEGATIVE" -> UpstreamPayloads.json(new Published(a.start(), a.end(), -1, a.messages(),
                    a.unhandled(), a.successful(), a.ambiguous(), 0, a.successRateCount(), a.successRate()),
                    UpstreamPayloads.PREVIOUS, buckets);
            case "EIGHT_BUCKETS" -> UpstreamPayloads.json(a, UpstreamPayloads.PREVIOUS, buckets.subList(0, 8));
            case "OTHER_PERIOD" -> UpstreamPayloads.example();
            default -> kind;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.7", "\"3\"", "-1", "3.0", "1e2", "true", "null", "99999999999999999999", "[3]"})
    void givenACountThatIsNotANonNegativeJsonInteger_whenFetched_thenTheReportIsMalformed(String count) {
        long agent = 20010;
        ReportingPeriod period = days(LocalDate.of(2020, 1, 1).plusDays(Math.floorMod(count.hashCode(), 300)), 3);
        String report = UpstreamPayloads.emptyFor(period);
        int third = report.indexOf("\"session_count\":0", report.indexOf("\"stats\""));
        stub(agent, okJson(report.substring(0, third) + "\"session_count\":" + count
                + report.substring(third + "\"session_count\":0".length())));

        assertThatThrownBy(() -> fetch(agent, period))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessageStartingWith("The upstream's usage report is malformed: ")
                .hasMessageContaining("session_count");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void givenAnAnswerLargerThanTheLimit_whenFetched_thenItFails(boolean lengthAnnounced) {
        long agent = 20012;
        String tooLarge = "{\"padding\": \"" + " ".repeat(WireMockUpstream.MAX_BODY_BYTES) + "\"}";
        // Without a Content-Length the answer comes in chunks, and the limit is found while reading.
        stub(agent, lengthAnnounced ? okJson(tooLarge) : okJson(tooLarge).withChunkedDribbleDelay(8, 50));

        assertThatThrownBy(() -> fetch(agent, days(LocalDate.of(2020, 2, lengthAnnounced ? 1 : 2), 3)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                .hasMessage("The upstream's usage report is larger than the limit of " + WireMockUpstream.MAX_BODY_BYTES
                        + " bytes");
    }

    @Test
    void givenAnUpstreamSlowerThanTheTimeout_whenFetched_thenItTimesOut() {
        long agent = 20007;
        stub(agent, okJson(UpstreamPayloads.example()).withFixedDelay((int) WireMockUpstream.TIMEOUT.toMillis() + 2_000));

        assertThatThrownBy(() -> fetch(agent, EXAMPLE_PERIOD))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMED_OUT))
                .hasMessage("The upstream did not answer within " + WireMockUpstream.TIMEOUT.toMillis() + " ms");
    }

    @Test
    void givenAsManyCallersWaitingAsAllowed_whenAnotherMustWait_thenItIsToldAtOnceToComeBack_andLaterServedWithoutWaiting()
            throws Exception {
        long agent = 20018;
        // Long enough for the callers to start waiting on a busy machine, within the timeout.
        stub(agent, okJson(UpstreamPayloads.example()).withFixedDelay((int) WireMockUpstream.TIMEOUT.toMillis() - 1_000));
        List<Future<PeriodCounts>> waiting = new ArrayList<>();

        try (ExecutorService callers = Executors.newFixedThreadPool(config.maxWaiting())) {
            for (int caller = 0; caller < config.maxWaiting(); caller++) {
                waiting.add(callers.submit(() -> fetch(agent, EXAMPLE_PERIOD)));
            }
            awaitWaiting(config.maxWaiting());
            assertThatThrownBy(() -> fetch(agent, EXAMPLE_PERIOD))
                    .isInstanceOfSatisfying(UpstreamException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
                        assertThat(e.retryAfterSeconds()).isEqualTo(1);
                    })
                    .hasMessage("Too many reports are waiting for upstream platforms; try again shortly");
            for (Future<PeriodCounts> caller : waiting) {
                assertSame(caller.get().aggregate(), UpstreamPayloads.AGGREGATE);
            }
        }

        assertThat(source.waitingCallers()).isZero();
        assertSame(fetch(agent, EXAMPLE_PERIOD).aggregate(), UpstreamPayloads.AGGREGATE);
        assertThat(requestsFor(agent)).isEqualTo(1);
    }

    private void awaitWaiting(int callers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (source.waitingCallers() < callers && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(source.waitingCallers()).isEqualTo(callers);
    }

    @Test
    void givenAPastPeriod_whenFetchedTwice_thenTheUpstreamIsCalledOnce() {
        long agent = 20002;
        ReportingPeriod past = days(LocalDate.of(2018, 6, 1), 3);
        stubEmptyReport(agent, past);
        int before = requestsFor(agent);

        fetch(agent, past);
        fetch(agent, past);

        assertThat(requestsFor(agent) - before).isEqualTo(1);
    }

    @Test
    void givenAPeriodIncludingToday_whenFetchedAgainAfterTheShortTtl_thenTheUpstreamIsCalledAgain() {
        long agent = 20002;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ReportingPeriod current = ReportingPeriod.of(today.minusDays(3), today, UtcOffset.UTC);
        stubEmptyReport(agent, current);
        int before = requestsFor(agent);

        fetch(agent, current);
        fetch(agent, current);
        assertThat(requestsFor(agent) - before).as("within the TTL").isEqualTo(1);
        clock.advance(Duration.ofMillis(1_001));
        fetch(agent, current);

        assertThat(requestsFor(agent) - before).as("after the TTL").isEqualTo(2);
    }
}
