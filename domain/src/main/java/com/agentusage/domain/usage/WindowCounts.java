package com.agentusage.domain.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What was counted in one window, and the metrics the contract derives from it.
 *
 * @param sessions     distinct sessions with at least one message in the window
 * @param messages     messages received
 * @param unhandled    messages the agent could not handle
 * @param ambiguous    messages answered with options to choose from
 * @param mismatched   ambiguous messages where the user chose "none of the above"
 * @param interventions live-agent interventions
 */
public record WindowCounts(long sessions, long messages, long unhandled, long ambiguous, long mismatched,
                           long interventions) {

    public static final WindowCounts ZERO = new WindowCounts(0, 0, 0, 0, 0, 0);

    public WindowCounts {
        requireNonNegative("sessions", sessions);
        requireNonNegative("messages", messages);
        requireNonNegative("unhandled", unhandled);
        requireNonNegative("ambiguous", ambiguous);
        requireNonNegative("mismatched", mismatched);
        requireNonNegative("interventions", interventions);
        if (unhandled + ambiguous > messages) {
            throw new IllegalArgumentException("unhandled + ambiguous (" + (unhandled + ambiguous)
                    + ") exceeds messages (" + messages + ")");
        }
        if (mismatched > ambiguous) {
            throw new IllegalArgumentException("mismatched (" + mismatched + ") exceeds ambiguous (" + ambiguous + ")");
        }
        if (sessions > messages) {
            throw new IllegalArgumentException("sessions (" + sessions + ") exceed messages (" + messages + ")");
        }
    }

    /**
     * Rebuilds raw counts from a report as the contract publishes it, where mismatched is not a field
     * but follows from success_rate_count. Rejects a report whose published numbers contradict each other.
     */
    public static WindowCounts fromPublished(long sessions, long messages, long unhandled, long successful,
                                             long ambiguous, long interventions, long successRateCount) {
        if (successful != messages - unhandled - ambiguous) {
            throw new IllegalArgumentException("successful (" + successful + ") is not messages - unhandled - ambiguous ("
                    + (messages - unhandled - ambiguous) + ")");
        }
        return new WindowCounts(sessions, messages, unhandled, ambiguous,
                successful + ambiguous - successRateCount, interventions);
    }

    public long successful() {
        return messages - unhandled - ambiguous;
    }

    /** Successful answers plus the ambiguous ones the user did not reject. */
    public long successRateCount() {
        return successful() + ambiguous - mismatched;
    }

    /** successful / messages * 100, rounded half-up to two decimals; absent when there were no messages. */
    public Optional<BigDecimal> successRate() {
        if (messages == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(successful()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(messages), 2, RoundingMode.HALF_UP));
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
    }
}
