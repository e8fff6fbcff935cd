package com.agentusage.adapter.jdbc.events;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counters of a usage_rollup row, in the order of its columns, and the counting rule of ADR 0002 as this
 * adapter stores it: which kinds of event each counter counts. This is the one place that says so. Java adds
 * new events to rollups with {@link #counts}, and every SQL statement that counts events (the report's cut
 * minutes, the derivation of the usage tables) is written with {@link #countsKindIn}; the contract suite holds
 * both to the domain's {@code UsageTally}.
 */
enum RollupCounter {
    MESSAGES(EventKind.SUCCESSFUL, EventKind.UNHANDLED, EventKind.OPTION_SELECTED, EventKind.MISMATCHED,
            EventKind.NO_SELECTION),
    UNHANDLED(EventKind.UNHANDLED),
    AMBIGUOUS(EventKind.OPTION_SELECTED, EventKind.MISMATCHED, EventKind.NO_SELECTION),
    MISMATCHED(EventKind.MISMATCHED),
    INTERVENTIONS(EventKind.INTERVENTION),
    /** Sessions whose first message falls in the row's time: moved by {@link SessionSpans}, not by an event's kind. */
    SESSION_FIRSTS,
    /** Sessions whose last message falls in the row's time: likewise. */
    SESSION_LASTS;

    /** The counters that count events by kind, in column order. */
    static final List<RollupCounter> EVENT_COUNTERS = Arrays.stream(values()).filter(counter -> !counter.kinds.isEmpty())
            .toList();

    private final Set<EventKind> kinds;

    RollupCounter(EventKind... kinds) {
        this.kinds = kinds.length == 0 ? Set.of() : EnumSet.copyOf(List.of(kinds));
    }

    /** The column's name in usage_rollup. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean counts(EventKind kind) {
        return kinds.contains(kind);
    }

    /** SQL true for the events this counter counts, given the SQL of their kind column: {@code e.kind IN (2, 3, 4)}. */
    String countsKindIn(String kindColumn) {
        return kinds.stream().map(kind -> String.valueOf(kind.code)).sorted()
                .collect(Collectors.joining(", ", kindColumn + " IN (", ")"));
    }
}
