package com.agentusage.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.EventStore.AppendOutcome;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.RandomEvents;
import com.agentusage.domain.event.SessionId;
import com.agentusage.domain.period.RandomPeriods;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.UsageTally;
import com.agentusage.domain.usage.WindowCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link EventStore} and {@link UsageCounts} must do. An adapter's test
 * extends this class and hands over its ports; every test works on agents of its own.
 */
public abstract class EventStoreContract extends StorageContract {
    private static final ReportingPeriod APRIL = ReportingPeriod.of(LocalDate.of(2020, 4, 10),
            LocalDate.of(2020, 4, 13), UtcOffset.ofSeconds(-25200));
    private static final Instant IN_APRIL = Instant.parse("2020-04-11T12:00:00Z");

    protected abstract EventStore eventStore();

    protected abstract UsageCounts usageCounts();

    private AppendOutcome append(AgentId agent, List<? extends AgentEvent> events) {
        return tx(() -> eventStore().append(agent, EventBatch.of(events)));
    }

    private PeriodCounts counts(AgentId agent, ReportingPeriod period) {
        return tx(() -> usageCounts().countsFor(agent, period));
    }

    private static Message message(String id, String session, Instant at) {
        return Message.successful(EventId.of(id), SessionId.of(session), at);
    }

    @Test
    void givenAnAgentWithoutEvents_whenCounted_thenEveryWindowIsZero() {
        PeriodCounts counts = counts(newAgent(), APRIL);

        assertThat(counts.aggregate()).isEqualTo(WindowCounts.ZERO);
        assertThat(counts.previous()).isEqualTo(WindowCounts.ZERO);
        assertThat(counts.buckets()).containsOnly(WindowCounts.ZERO);
    }

    @Test
    void givenNewEventsOfEveryKind_whenAppended_thenAllAreStoredAndCountedByKind() {
        AgentId agent = newAgent();
        List<AgentEvent> events = List.of(
                message("m1", "s1", IN_APRIL),
                Message.unhandled(EventId.of("m2"), SessionId.of("s1"), IN_APRIL),
                Message.ambiguous(EventId.of("m3"), SessionId.of("s2"), IN_APRIL, Disambiguation.NONE_OF_THE_ABOVE),
                Message.ambiguous(EventId.of("m4"), SessionId.of("s2"), IN_APRIL, Disambiguation.OPTION_SELECTED),
                Message.ambiguous(EventId.of("m5"), SessionId.of("s2"), IN_APRIL, Disambiguation.NO_SELECTION),
                new Intervention(EventId.of("i1"), SessionId.of("s3"), IN_APRIL));

        AppendOutcome outcome = append(agent, events);

        assertThat(outcome).isEqualTo(new AppendOutcome(6, 0));
        assertThat(counts(agent, APRIL).aggregate()).isEqualTo(new WindowCounts(2, 5, 1, 3, 1, 1));
    }

    @Test
    void givenAnIdAlreadyStored_whenAppendedAgainWithOtherContent_thenItIsADuplicateAndTheFirstWriteWins() {
        AgentId agent = newAgent();
        append(agent, List.of(message("m1", "s1", IN_APRIL)));

        AppendOutcome outcome = append(agent, List.of(
                Message.unhandled(EventId.of("m1"), SessionId.of("s9"), IN_APRIL.plusSeconds(86_400 * 30)),
                message("m2", "s1", IN_APRIL)));

        assertThat(outcome).isEqualTo(new AppendOutcome(1, 1));
        assertThat(counts(agent, APRIL).aggregate()).isEqualTo(new WindowCounts(1, 2, 0, 0, 0, 0));
    }

    @Test
    void givenAReportAlreadyAsked_whenAnotherEventIsStored_thenTheSameReportAskedAgainCountsIt() {
        AgentId agent = newAgent();
        append(agent, List.of(message("m1", "s1", IN_APRIL)));
        PeriodCounts before = counts(agent, APRIL);

        append(agent, List.of(message("m2", "s2", IN_APRIL.plusSeconds(60))));

        assertThat(before.aggregate()).isEqualTo(new WindowCounts(1, 1, 0, 0, 0, 0));
        assertThat(counts(agent, APRIL).aggregate()).isEqualTo(new WindowCounts(2, 2, 0, 0, 0, 0));
    }

    @Test
    void givenAReportAlreadyAsked_whenOnlyDuplicatesArrive_thenTheReportIsUnchanged() {
        AgentId agent = newAgent();
        append(agent, List.of(message("m1", "s1", IN_APRIL)));
        PeriodCounts before = counts(agent, APRIL);

        append(agent, List.of(message("m1", "s1", IN_APRIL)));

        assertThat(counts(agent, APRIL)).isEqualTo(before);
    }

    @Test
    void givenTheSameIdTwiceInOneBatch_whenAppended_thenItIsStoredOnce() {
        AgentId agent = newAgent();

        AppendOutcome outcome = append(agent, List.of(message("m1", "s1", IN_APRIL), message("m1", "s2", IN_APRIL)));

        assertThat(outcome).isEqualTo(new AppendOutcome(1, 1));
        assertThat(counts(agent, APRIL).aggregate().sessions()).isEqualTo(1);
    }

    @Test
    void givenTwoAgents_whenBothStoreTheSameEventIds_thenEachKeepsItsOwnAndCountsOnlyItsOwn() {
        AgentId first = newAgent();
        AgentId second = newAgent();

        append(first, List.of(message("m1", "s1", IN_APRIL)));
        AppendOutcome outcome = append(second, List.of(message("m1", "s1", IN_APRIL), message("m2", "s1", IN_APRIL)));

        assertThat(outcome).isEqualTo(new AppendOutcome(2, 0));
        assertThat(counts(first, APRIL).aggregate().messages()).isEqualTo(1);
        assertThat(counts(second, APRIL).aggregate().messages()).isEqualTo(2);
    }

    /**
     * Ids that some stores keep differently from how they were sent: characters outside the Basic Multilingual
     * Plane, combining marks (never normalized: "e" + U+0301 and "é" are two ids), right-to-left text, and ids of
     * the longest allowed length in either kind of character.
     */
    @Test
    void givenUnusualButValidIdentifiers_whenAppendedTwice_thenEachIsStoredOnceAndCountedAsItsOwnSession() {
        AgentId agent = newAgent();
        List<String> ids = List.of("\ud83d\ude00-astral", "e\u0301", "\u00e9", "\u05e9\u05dc\u05d5\u05dd-\u0645\u0631\u062d\u0628\u0627",
                "\ud83d\ude00".repeat(EventId.MAX_LENGTH / 2), "\u00e9".repeat(EventId.MAX_LENGTH), "\ud808\udc00\u200f\u0301");
        List<AgentEvent> events = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            events.add(message(ids.get(i), ids.get(i), IN_APRIL.plusSeconds(i)));
        }

        AppendOutcome first = append(agent, events);
        AppendOutcome again = append(agent, events);

        assertThat(first).isEqualTo(new AppendOutcome(ids.size(), 0));
        assertThat(again).isEqualTo(new AppendOutcome(0, ids.size()));
        assertThat(counts(agent, APRIL)).isEqualTo(UsageTally.count(APRIL, events));
        assertThat(counts(agent, APRIL).aggregate().sessions()).isEqualTo(ids.size());
    }

    @Test
    void givenRandomEventsOnAndAroundEveryBoundary_whenCounted_thenTheCountsEqualTheDomainsTally() {
        for (long seed = 0; seed < 12; seed++) {
            RandomEvents random = new RandomEvents(seed);
            ReportingPeriod period = RandomPeriods.next(random.random());
            List<AgentEvent> events = random.around(period, 400);
            AgentId agent = newAgent();
            append(agent, events);

            assertThat(counts(agent, period)).as("seed %d, %s", seed, period).isEqualTo(UsageTally.count(period, events));
        }
    }

    @Test
    void givenOutOfOrderBatchesArrivingLate_whenCounted_thenTheyCountAsIfSentInOrder() {
        RandomEvents random = new RandomEvents(42);
        List<AgentEvent> events = new ArrayList<>(random.around(APRIL, 300));
        Collections.shuffle(events, random.random());
        AgentId agent = newAgent();

        for (int from = 0; from < events.size(); from += 37) {
            append(agent, events.subList(from, Math.min(events.size(), from + 37)));
        }

        assertThat(counts(agent, APRIL)).isEqualTo(UsageTally.count(APRIL, events));
    }

    @Test
    void givenRandomEventsArrivingLateOutOfOrderAndTwice_whenCountedOverSeveralPeriods_thenEveryWindowEqualsTheDomainsTally() {
        for (long seed = 100; seed < 112; seed++) {
            RandomEvents random = new RandomEvents(seed);
            ReportingPeriod period = RandomPeriods.next(random.random());
            List<AgentEvent> events = new ArrayList<>(random.around(period, 500));
            Collections.shuffle(events, random.random());
            AgentId agent = newAgent();
            for (int from = 0; from < events.size(); ) {
                int until = Math.min(events.size(), from + 1 + random.random().nextInt(80));
                append(agent, events.subList(from, until));
                if (random.random().nextInt(4) == 0) {
                    append(agent, events.subList(from, until));
                }
                from = until;
            }

            // The period itself, a single day inside it (the shortest buckets), and the same days seen from
            // the other side of the world.
            for (ReportingPeriod asked : List.of(period, ReportingPeriod.of(period.to(), period.to(), period.offset()),
                    ReportingPeriod.of(period.from().minusDays(1), period.to(), halfADayAway(period.offset())))) {
                assertThat(counts(agent, asked)).as("seed %d, %s", seed, asked).isEqualTo(UsageTally.count(asked, events));
            }
        }
    }

    @Test
    void givenConcurrentOverlappingBatches_whenAppended_thenEveryEventIsStoredExactlyOnce() throws Exception {
        AgentId agent = newAgent();
        List<AgentEvent> events = new RandomEvents(7).around(APRIL, 400);
        List<Callable<AppendOutcome>> clients = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            // Each client sends 250 events, in batches of 100, overlapping the next client's by 200.
            List<AgentEvent> own = events.subList(client * 50, client * 50 + 250);
            clients.add(() -> {
                int stored = 0;
                for (int from = 0; from < own.size(); from += 100) {
                    stored += append(agent, own.subList(from, Math.min(own.size(), from + 100))).stored();
                }
                return new AppendOutcome(stored, own.size() - stored);
            });
        }

        List<AppendOutcome> outcomes = runTogether(clients);

        List<AgentEvent> sent = events.subList(0, 3 * 50 + 250);
        assertThat(outcomes.stream().mapToInt(AppendOutcome::stored).sum()).isEqualTo(sent.size());
        assertThat(counts(agent, APRIL)).isEqualTo(UsageTally.count(APRIL, sent));
    }

    @Test
    void givenTheSameBatchSentByFourClientsAtOnce_whenAppended_thenOneStoresEachEventAndTheOthersSeeDuplicates()
            throws Exception {
        AgentId agent = newAgent();
        List<AgentEvent> batch = new RandomEvents(11).around(APRIL, 300);
        List<Callable<AppendOutcome>> clients = new ArrayList<>(Collections.nCopies(4, () -> append(agent, batch)));

        List<AppendOutcome> outcomes = runTogether(clients);

        assertThat(outcomes.stream().mapToInt(AppendOutcome::stored).sum()).isEqualTo(batch.size());
        assertThat(outcomes.stream().mapToInt(AppendOutcome::duplicates).sum()).isEqualTo(3 * batch.size());
        assertThat(counts(agent, APRIL)).isEqualTo(UsageTally.count(APRIL, batch));
    }

    private static UtcOffset halfADayAway(UtcOffset offset) {
        return UtcOffset.ofSeconds(offset.seconds() + (offset.seconds() >= 0 ? -43_200 : 43_200));
    }

    private static <T> List<T> runTogether(List<Callable<T>> clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(clients)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
