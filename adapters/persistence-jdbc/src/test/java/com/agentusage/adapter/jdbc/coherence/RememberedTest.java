package com.agentusage.adapter.jdbc.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.jdbc.DatabaseKind;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a remembered answer is used, and when the database is asked again (ADR 0013). */
class RememberedTest {

    /**
     * A feed of the PostgreSQL kind whose listener is never started: the tests play its part, telling it of
     * connections, round trips and changes.
     */
    private final ChangeFeed feed = new ChangeFeed(DatabaseKind.POSTGRESQL, "jdbc:postgresql://unused/none",
            Optional.empty(), Optional.empty(), null);
    private final Remembered<Long, Long> revisions = Remembered.perAgentEvents(feed);
    private final AtomicInteger lookups = new AtomicInteger();

    @BeforeEach
    void hearing() {
        feed.listening();
        feed.heardUpTo(System.nanoTime());
    }

    private long revisionOf(long agent) {
        return revisions.get(agent, key -> 100L + lookups.incrementAndGet());
    }

    @Test
    void givenAnAnswerLookedUpOnce_whenAskedAgain_thenItIsRememberedWithoutAnotherLookup() {
        long first = revisionOf(7);

        assertThat(revisionOf(7)).isEqualTo(first);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void givenARememberedRevision_whenItsAgentStoresEvents_thenOnlyThatAgentIsLookedUpAgain() {
        revisionOf(7);
        revisionOf(8);

        feed.apply(new StoreChange.EventsStored(7));

        assertThat(revisionOf(7)).isEqualTo(103);
        assertThat(revisionOf(8)).isEqualTo(102);
        assertThat(lookups).hasValue(3);
    }

    @Test
    void givenALookupDuringWhichAChangeArrives_whenAskedAgain_thenItsAnswerWasNotKept() {
        long overlapped = revisions.get(7L, key -> {
            feed.apply(new StoreChange.EventsStored(8));
            return 100L + lookups.incrementAndGet();
        });

        assertThat(overlapped).isEqualTo(101);
        assertThat(revisionOf(7)).isEqualTo(102);
    }

    @Test
    void givenADeafFeed_whenAskedTwice_thenBothAnswersComeFromLookups() {
        revisionOf(7);

        feed.deaf();

        assertThat(revisionOf(7)).isEqualTo(102);
        assertThat(revisionOf(7)).isEqualTo(103);
    }

    @Test
    void givenAListenerNotHeardWithinTheFreshness_whenAsked_thenAnswersComeFromLookupsUntilItIsHeardAgain() {
        revisionOf(7);

        feed.heardUpTo(System.nanoTime() - ChangeFeed.FRESHNESS.toNanos() - 1);

        assertThat(revisionOf(7)).isEqualTo(102);
        assertThat(revisionOf(7)).isEqualTo(103);
        feed.heardUpTo(System.nanoTime());
        assertThat(revisionOf(7)).isEqualTo(101);
    }

    @Test
    void givenAFeedListeningAgain_whenAsked_thenNothingRememberedBeforeIsUsed() {
        revisionOf(7);
        feed.deaf();

        feed.listening();

        assertThat(revisionOf(7)).isEqualTo(102);
        assertThat(revisionOf(7)).isEqualTo(102);
    }

    @Test
    void givenRememberedAccessAnswers_whenAccessChanges_thenTheyAreAllLookedUpAgainButRevisionsStay() {
        Remembered<String, Boolean> access = Remembered.accessAnswers(feed);
        AtomicInteger accessLookups = new AtomicInteger();
        access.get("a", key -> accessLookups.incrementAndGet() > 0);
        access.get("b", key -> accessLookups.incrementAndGet() > 0);
        revisionOf(7);

        feed.apply(new StoreChange.AccessChanged());
        access.get("a", key -> accessLookups.incrementAndGet() > 0);
        access.get("b", key -> accessLookups.incrementAndGet() > 0);

        assertThat(accessLookups).hasValue(4);
        assertThat(revisionOf(7)).isEqualTo(101);
    }

    @Test
    void givenAnUnrecognizedChange_whenAsked_thenEverythingIsLookedUpAgain() {
        revisionOf(7);

        feed.apply(StoreChange.parse("schema 7"));

        assertThat(revisionOf(7)).isEqualTo(102);
    }

    @Test
    void givenEverythingChanged_whenAsked_thenRevisionsAndAccessAnswersAreLookedUpAgain() {
        Remembered<String, Boolean> access = Remembered.accessAnswers(feed);
        AtomicInteger accessLookups = new AtomicInteger();
        access.get("a", key -> accessLookups.incrementAndGet() > 0);
        revisionOf(7);

        feed.apply(new StoreChange.AllChanged());
        access.get("a", key -> accessLookups.incrementAndGet() > 0);

        assertThat(accessLookups).hasValue(2);
        assertThat(revisionOf(7)).isEqualTo(102);
    }
}
