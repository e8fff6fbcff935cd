package com.agentusage.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.EventStore.AppendOutcome;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.Agent;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of {@link EventStore} and {@link UsageCounts} must do. An adapter's test
 * extends this class and hands over its ports; every test works on agents of its own.
 */
public abstract class EventStoreContract {

    private static final AtomicLong NEXT_AGENT = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 1L << 40));
    private static final ReportingPeriod APRIL = ReportingPeriod.of(LocalDate.of(2020, 4, 10),
            LocalDate.of(2020, 4, 13), UtcOffset.ofSeconds(-25200));
    private static final Instant IN_APRIL = Instant.parse("2020-04-11T12:00:00Z");

    protected abstract EventStore eventStore();

    protected abstract UsageCounts usageCounts();

    protected abstract Agents agents();

    protected abstract Transactions transactions();

    private <T> T tx(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    protected AgentId newAgent() {
        AgentId id = AgentId.of(NEXT_AGENT.incrementAndGet());
        tx(() -> agents().add(new Agent(id, "contract agent " + id)));
        return id;
    }

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
    void givenConcurrentOverlappingBatches_whenAppended_thenEveryEventIsStoredExactlyOnce() throws Exception {
        AgentId agent = newAgent();
        RandomEvents random = new RandomEvents(7);
        List<AgentEvent> events = random.around(APRIL, 400);
        int clients = 4;
        List<Callable<AppendOutcome>> sends = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int shift = client * 50;
            // Each client sends a window of the events that overlaps the others', in batches of 100.
            List<AgentEvent> own = IntStream.range(shift, Math.min(events.size(), shift + 250)).mapToObj(events::get).toList();
            sends.add(() -> {
                int stored = 0;
                int duplicates = 0;
                for (int from = 0; from < own.size(); from += 100) {
                    AppendOutcome outcome = append(agent, own.subList(from, Math.min(own.size(), from + 100)));
                    stored += outcome.stored();
                    duplicates += outcome.duplicates();
                }
                return new AppendOutcome(stored, duplicates);
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long stored = 0;
        try {
            for (Future<AppendOutcome> result : pool.invokeAll(sends)) {
                stored += result.get().stored();
            }
        } finally {
            pool.shutdown();
        }

        List<AgentEvent> sent = events.subList(0, Math.min(events.size(), (clients - 1) * 50 + 250));
        assertThat(stored).isEqualTo(sent.size());
        assertThat(counts(agent, APRIL)).isEqualTo(UsageTally.count(APRIL, sent));
    }
}
