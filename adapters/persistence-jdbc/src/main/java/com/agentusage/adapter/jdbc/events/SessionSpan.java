package com.agentusage.adapter.jdbc.events;

import com.agentusage.domain.period.TimeRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What counting needs to know of one session's messages without keeping them: the first, the last, and every
 * gap between consecutive messages of at least {@link #LONG_GAP_MILLIS}.
 *
 * <p>That is enough to tell whether the session has a message in any window at least that long: the session
 * reaches into the window ({@code first < until} and {@code last >= from}) and no long gap spans it. A gap
 * spanning the window is longer than the window, so no short gap can. Summed over sessions this gives a
 * store a formula built from counts it can keep per minute:
 * <pre>
 *   distinct sessions in [a, b) = sessions whose first message lies in [a, b)
 *                               + sessions open at a (first &lt; a &lt;= last)
 *                               - long gaps spanning [a, b) (previous message &lt; a, next &gt;= b)
 * </pre>
 */
record SessionSpan(long firstMillis, long lastMillis, List<Gap> longGaps) {

    /** Shorter than any window a report counts (a bucket of a one-day period is 2 h 40 min). */
    static final long LONG_GAP_MILLIS = 3_600_000;

    public SessionSpan {
        if (lastMillis < firstMillis) {
            throw new IllegalArgumentException("session ends before it starts: " + firstMillis + ".." + lastMillis);
        }
        longGaps = List.copyOf(longGaps);
        long previousEnd = firstMillis;
        for (Gap gap : longGaps) {
            if (gap.afterMillis() < previousEnd || gap.beforeMillis() > lastMillis) {
                throw new IllegalArgumentException("gaps must be ordered and inside the session: " + longGaps);
            }
            previousEnd = gap.beforeMillis();
        }
    }

    /** A session seen for the first time, with one message. */
    public static SessionSpan startedAt(long messageMillis) {
        return new SessionSpan(messageMillis, messageMillis, List.of());
    }

    /** The span after one more message, whether it arrives in order, late or out of order. */
    public SessionSpan withMessageAt(long messageMillis) {
        if (messageMillis < firstMillis) {
            List<Gap> gaps = new ArrayList<>(longGaps.size() + 1);
            addIfLong(gaps, messageMillis, firstMillis);
            gaps.addAll(longGaps);
            return new SessionSpan(messageMillis, lastMillis, gaps);
        }
        if (messageMillis > lastMillis) {
            List<Gap> gaps = new ArrayList<>(longGaps);
            addIfLong(gaps, lastMillis, messageMillis);
            return new SessionSpan(firstMillis, messageMillis, gaps);
        }
        // Inside the span: only a long gap it falls into changes; a short one just gets shorter.
        List<Gap> gaps = new ArrayList<>(longGaps.size() + 1);
        for (Gap gap : longGaps) {
            if (gap.afterMillis() < messageMillis && messageMillis < gap.beforeMillis()) {
                addIfLong(gaps, gap.afterMillis(), messageMillis);
                addIfLong(gaps, messageMillis, gap.beforeMillis());
            } else {
                gaps.add(gap);
            }
        }
        return new SessionSpan(firstMillis, lastMillis, gaps);
    }

    /** Whether the session has a message in the window; exact for windows at least {@link #LONG_GAP_MILLIS} long. */
    public boolean hasMessageIn(TimeRange window) {
        requireCountable(window);
        return firstMillis < window.untilMillis() && lastMillis >= window.fromMillis()
                && longGaps.stream().noneMatch(gap -> gap.spans(window));
    }

    /** Rejects windows too short for long gaps alone to tell a session's absence. */
    public static void requireCountable(TimeRange window) {
        if (window.untilMillis() - window.fromMillis() < LONG_GAP_MILLIS) {
            throw new IllegalArgumentException("windows shorter than " + LONG_GAP_MILLIS + " ms cannot be counted from "
                    + "session spans: " + window);
        }
    }

    private static void addIfLong(List<Gap> gaps, long afterMillis, long beforeMillis) {
        if (beforeMillis - afterMillis >= LONG_GAP_MILLIS) {
            gaps.add(new Gap(afterMillis, beforeMillis));
        }
    }

    /** Two consecutive messages of a session with none between them: at {@code afterMillis} and {@code beforeMillis}. */
    public record Gap(long afterMillis, long beforeMillis) {

        public Gap {
            if (beforeMillis <= afterMillis) {
                throw new IllegalArgumentException("a gap ends after it starts: " + afterMillis + ".." + beforeMillis);
            }
        }

        /** The session is silent all through the window: one message before it, the next at or after its end. */
        public boolean spans(TimeRange window) {
            return afterMillis < window.fromMillis() && beforeMillis >= window.untilMillis();
        }
    }
}
