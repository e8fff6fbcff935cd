package com.agentusage.domain.usage;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.Outcome;
import com.agentusage.domain.event.SessionId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.TimeRange;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The counting rule applied to events in hand: the reference every store's counts must agree with.
 * An event counts in a window when its instant lies in the window's counted range.
 */
public final class UsageTally {

    private UsageTally() {
    }

    public static PeriodCounts count(ReportingPeriod period, Collection<? extends AgentEvent> events) {
        List<WindowCounts> buckets = period.buckets().stream()
                .map(bucket -> count(bucket.counted(), events))
                .toList();
        return new PeriodCounts(count(period.aggregate().counted(), events),
                count(period.previous().counted(), events), buckets);
    }

    public static WindowCounts count(TimeRange range, Collection<? extends AgentEvent> events) {
        Set<SessionId> sessions = new HashSet<>();
        long messages = 0;
        long unhandled = 0;
        long ambiguous = 0;
        long mismatched = 0;
        long interventions = 0;
        for (AgentEvent event : events) {
            if (!range.contains(event.epochMillis())) {
                continue;
            }
            switch (event) {
                case Message message -> {
                    sessions.add(message.session());
                    messages++;
                    if (message.outcome() == Outcome.UNHANDLED) {
                        unhandled++;
                    } else if (message.outcome() == Outcome.AMBIGUOUS) {
                        ambiguous++;
                    }
                    if (message.mismatched()) {
                        mismatched++;
                    }
                }
                case Intervention intervention -> interventions++;
            }
        }
        return new WindowCounts(sessions.size(), messages, unhandled, ambiguous, mismatched, interventions);
    }
}
