package com.agentusage.domain.event;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.period.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random events for property-style tests: most fall anywhere around a period, and some sit exactly
 * on the instants where counting is easiest to get wrong (window boundaries, the last millisecond of to_date).
 */
public final class RandomEvents {

    private static final Disambiguation[] RESULTS = Disambiguation.values();
    private final Random random;
    private int next;

    public RandomEvents(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Events around the period (one day either side) and on every boundary of its windows. */
    public List<AgentEvent> around(ReportingPeriod period, int count) {
        TimeRange previous = period.previous().counted();
        TimeRange aggregate = period.aggregate().counted();
        long from = previous.fromMillis() - 86_400_000L;
        long until = aggregate.untilMillis() + 86_400_000L;
        List<AgentEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(at(from + (long) (random.nextDouble() * (until - from))));
        }
        List<StatsWindow> windows = new ArrayList<>(period.buckets());
        windows.add(period.previous());
        for (StatsWindow window : windows) {
            events.add(at(window.counted().fromMillis()));
            events.add(at(window.counted().fromMillis() - 1));
            events.add(at(window.counted().untilMillis() - 1));
            events.add(at(window.counted().untilMillis()));
        }
        return events;
    }

    /** One event at the given instant: mostly messages with a realistic mix of outcomes, some interventions. */
    public AgentEvent at(long epochMillis) {
        EventId id = EventId.of("e-" + next++);
        SessionId session = SessionId.of("s-" + random.nextInt(40));
        Instant at = Instant.ofEpochMilli(epochMillis);
        int roll = random.nextInt(100);
        if (roll < 10) {
            return new Intervention(id, session, at);
        }
        if (roll < 25) {
            return Message.unhandled(id, session, at);
        }
        if (roll < 45) {
            return Message.ambiguous(id, session, at, RESULTS[random.nextInt(RESULTS.length)]);
        }
        return Message.successful(id, session, at);
    }
}
