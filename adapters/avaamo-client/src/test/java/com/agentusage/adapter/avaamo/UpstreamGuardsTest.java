package com.agentusage.adapter.avaamo;

import static com.agentusage.adapter.avaamo.CallTimes.assertAtMostPerWindow;
import static com.agentusage.adapter.avaamo.WireMockUpstream.TIMEOUT;
import static com.agentusage.adapter.avaamo.WireMockUpstream.requestsFor;
import static com.agentusage.adapter.avaamo.WireMockUpstream.server;
import static com.agentusage.adapter.avaamo.WireMockUpstream.stub;
import static com.agentusage.adapter.avaamo.WireMockUpstream.stubEmptyReport;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * How the upstream is spared: concurrent callers share one fetch, failures are remembered briefly, calls stay
 * within the limit of every rolling minute, an upstream's 429 pauses its account, an open circuit stops the calls.
 * Minutes pass on the {@link ManualClock}.
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
@TestProfile(UpstreamGuardsTest.TwentyMayWait.class)
class UpstreamGuardsTest {

    private static final int CALLERS = 20;

    /** Every caller of one report, as these tests send them, may wait for its fetch. */
    public static class TwentyMayWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("usage.upstream.max-waiting", Integer.toString(CALLERS));
        }
    }
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    @Inject
    AvaamoUsageSource source;

    @Inject
    AvaamoConfig config;

    @Inject
    ManualClock clock;

    /** A period of its own for each number, so that no answer comes from another's cache. */
    private static ReportingPeriod period(int number) {
        return ReportingPeriod.of(FIRST_DAY.plusDays(number), FIRST_DAY.plusDays(number + 3), UtcOffset.UTC);
    }

    private UpstreamException failureOf(long agent, ReportingPeriod period) {
        try {
            source.countsFor(AgentId.of(agent), period);
        } catch (UpstreamException e) {
            return e;
        }
        throw new AssertionError("the fetch succeeded");
    }

    /** What each of {@link #CALLERS} concurrent callers of one report was told, and how long each waited. */
    private record Answer(Kind kind, Duration waited) {
    }

    private List<Answer> askedAtOnce(long agent, ReportingPeriod period) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
            for (int caller = 0; caller < CALLERS; caller++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    Kind kind = failureOf(agent, period).kind();
                    return new Answer(kind, Duration.ofNanos(System.nanoTime() - began));
                }));
            }
            start.countDown();
            List<Answer> told = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                told.add(answer.get());
            }
            return told;
        }
    }

    private List<Answer> failingAtOnce(long agent, ResponseDefinitionBuilder failure) throws Exception {
        stub(agent, failure);
        return askedAtOnce(agent, period(0));
    }

    @Test
    void givenASlowUpstream_whenTwentyCallersAskForOneReportAtOnce_thenOneCallIsMadeAndAllAreAnsweredWithinTheTimeoutAndASecond()
            throws Exception {
        long agent = 20013;

        List<Answer> answers = failingAtOnce(agent, okJson("{}").withFixedDelay((int) TIMEOUT.toMillis() + 3_000));

        assertThat(answers).extracting(Answer::kind).containsOnly(Kind.TIMED_OUT);
        assertThat(answers).extracting(Answer::waited).allSatisfy(waited ->
                assertThat(waited).isLessThan(TIMEOUT.plusSeconds(1)));
        assertThat(requestsFor(agent)).isEqualTo(1);
    }

    @Test
    void givenAMalformedAnswer_whenTwentyCallersAskForOneReportAtOnce_thenOneCallIsMadeAndAllShareItsFailure() throws Exception {
        long agent = 20014;

        List<Answer> answers = failingAtOnce(agent, okJson("{\"aggregate_stats\": 7}").withFixedDelay(300));

        assertThat(answers).extracting(Answer::kind).containsOnly(Kind.FAILED);
        assertThat(requestsFor(agent)).isEqualTo(1);
    }

    @Test
    void givenAFailingUpstream_whenTwentyCallersAskForOneReportAtOnce_thenOneFetchWithItsRetriesIsMade() throws Exception {
        long agent = 20015;

        List<Answer> answers = failingAtOnce(agent, aResponse().withStatus(500).withFixedDelay(100));

        assertThat(answers).extracting(Answer::kind).containsOnly(Kind.FAILED);
        assertThat(requestsFor(agent)).isEqualTo(1 + config.retry().maxRetries());
    }

    @Test
    void givenAFailedFetch_whenTheReportIsAskedForAgain_thenTheFailureIsRememberedForItsTimeAndThenTheUpstreamIsCalledAgain() {
        long agent = 20016;
        stub(agent, okJson("not json"));
        failureOf(agent, period(0));

        clock.advance(config.cache().failures().minusMillis(1));
        assertThat(failureOf(agent, period(0)).getMessage()).isEqualTo("The upstream's usage report is not valid JSON");
        assertThat(requestsFor(agent)).as("within the failure's time").isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        failureOf(agent, period(0));
        assertThat(requestsFor(agent)).as("after it").isEqualTo(2);
    }

    @Test
    void givenBurstsOfDistinctReportsAcrossAMinutesEdge_whenFetched_thenNoRollingMinuteHoldsMoreThanTheLimitAndRefusalsUseNothingUp() {
        long agent = 20017;
        int limit = config.callsPerMinute();
        List<Long> calls = new ArrayList<>();
        List<Long> refusedWaits = new ArrayList<>();
        long start = clock.nanoTime();
        int number = 0;
        // One call opens the minute, then 100 reports are asked for just before its end and 100 just after.
        for (Duration at : List.of(Duration.ZERO, Duration.ofMillis(59_500), Duration.ofMillis(60_500))) {
            clock.advance(Duration.ofNanos(start + at.toNanos() - clock.nanoTime()));
            for (int report = 0; report < (at.isZero() ? 1 : 100); report++, number++) {
                stubEmptyReport(agent, period(number));
                int before = requestsFor(agent);
                try {
                    source.countsFor(AgentId.of(agent), period(number));
                } catch (UpstreamException refused) {
                    assertThat(refused.kind()).isEqualTo(Kind.RATE_LIMITED);
                    refusedWaits.add(refused.retryAfterSeconds());
                }
                if (requestsFor(agent) > before) {
                    calls.add(clock.nanoTime());
                }
            }
        }
        // The limit before the edge, and one more after it, as the first call leaves the minute.
        assertThat(calls).hasSize(limit + 1);
        assertAtMostPerWindow(calls, limit, Duration.ofMinutes(1));
        assertThat(refusedWaits).hasSize(201 - (limit + 1)).allSatisfy(wait -> assertThat(wait).isBetween(1L, 60L));

        clock.advance(Duration.ofSeconds(61));
        for (int report = 0; report < limit; report++, number++) {
            stubEmptyReport(agent, period(number));
            source.countsFor(AgentId.of(agent), period(number));
        }
        assertThat(requestsFor(agent)).as("a full quota a minute after the burst").isEqualTo(2 * limit + 1);
    }

    @Test
    void givenTwoAgentsOfOneAccount_whenOneUsesTheLimitUp_thenTheOtherIsRefusedToo() {
        List<Long> sharing = WireMockUpstream.SHARING;
        for (int number = 0; number < config.callsPerMinute(); number++) {
            stubEmptyReport(sharing.getFirst(), period(number));
            source.countsFor(AgentId.of(sharing.getFirst()), period(number));
        }

        assertThat(failureOf(sharing.getLast(), period(0)).kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(requestsFor(sharing.getLast())).isZero();
        assertThat(source.accounts()).extracting(UpstreamAccount::name)
                .contains(server().baseUrl() + " for agents " + sharing.getFirst() + ", " + sharing.getLast());
    }

    @Test
    void givenAnUpstream429WithRetryAfter60_whenFetched_thenNothingIsCalledForAMinuteAndCallersAreToldTheTimeLeft() {
        long agent = 20019;
        stub(agent, aResponse().withStatus(429).withHeader("Retry-After", "60"));

        UpstreamException first = failureOf(agent, period(0));
        clock.advance(Duration.ofSeconds(20));
        UpstreamException later = failureOf(agent, period(1));
        clock.advance(Duration.ofMillis(39_500));
        UpstreamException last = failureOf(agent, period(2));

        assertThat(List.of(first, later, last)).extracting(UpstreamException::kind).containsOnly(Kind.RATE_LIMITED);
        assertThat(first.retryAfterSeconds()).isEqualTo(60);
        assertThat(later.retryAfterSeconds()).isEqualTo(40);
        assertThat(last.retryAfterSeconds()).isEqualTo(1);
        assertThat(first).hasMessage("The upstream answered 429: its own rate limit was exceeded; it is not being called for a while");
        assertThat(requestsFor(agent)).isEqualTo(1);

        clock.advance(Duration.ofMillis(500));
        stubEmptyReport(agent, period(3));
        source.countsFor(AgentId.of(agent), period(3));
        assertThat(requestsFor(agent)).isEqualTo(2);
    }

    @Test
    void givenAnUpstream429WithAnHttpDate_whenFetched_thenCallersAreToldTheTimeUntilThatDate() {
        long agent = 20020;
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(91).atOffset(ZoneOffset.UTC));
        stub(agent, aResponse().withStatus(429).withHeader("Retry-After", inNinetySeconds));

        assertThat(failureOf(agent, period(0)).retryAfterSeconds()).isBetween(85L, 91L);
        assertThat(failureOf(agent, period(1)).kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(requestsFor(agent)).isEqualTo(1);
    }

    @Test
    void givenRepeatedFailures_whenFetchedAgain_thenTheCircuitIsOpenTheUpstreamIsNotCalledAndRetryAfterIsTheTimeLeft() {
        long agent = 20021;
        stub(agent, aResponse().withStatus(502));
        // Three attempts (one call, two retries) fail; the fourth failure opens the circuit (volume 4, ratio 0.5).
        assertThat(failureOf(agent, period(0)).kind()).isEqualTo(Kind.FAILED);
        assertThat(failureOf(agent, period(1)).kind()).isEqualTo(Kind.UNAVAILABLE);
        int calls = requestsFor(agent);

        UpstreamException open = failureOf(agent, period(2));
        clock.advance(Duration.ofSeconds(20));
        UpstreamException later = failureOf(agent, period(3));

        assertThat(open.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(open).hasMessage("The upstream failed repeatedly; it is not being called for a while");
        assertThat(open.retryAfterSeconds()).isEqualTo(config.circuitBreaker().delay().toSeconds());
        assertThat(later.retryAfterSeconds()).isEqualTo(config.circuitBreaker().delay().toSeconds() - 20);
        assertThat(requestsFor(agent)).isEqualTo(calls);
        UpstreamAccount account = source.accounts().stream()
                .filter(candidate -> candidate.name().equals(server().baseUrl() + " for agents " + agent)).findFirst().orElseThrow();
        assertThat(account.circuitState()).isEqualTo(CircuitBreakerState.OPEN);
    }
}
