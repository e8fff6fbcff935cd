package com.agentusage.adapter.dashboard;

import com.agentusage.domain.usage.WindowCounts;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * One of the page's six cards: a metric of the period, the same metric of the previous interval, and the
 * change between them. A success rate is absent (null) for a window without messages.
 */
record CardView(@JsonProperty("metric") String metric, @JsonProperty("value") BigDecimal value,
                @JsonProperty("previous") BigDecimal previous, @JsonProperty("change") Change change,
                @JsonProperty("rising_is_good") boolean risingIsGood) {

    /** The cards, in the page's order. Whether a rise is good decides only the colour the page gives it. */
    enum Metric {
        SESSIONS("sessions", true, counts -> BigDecimal.valueOf(counts.sessions())),
        MESSAGES("messages", true, counts -> BigDecimal.valueOf(counts.messages())),
        SUCCESS_RATE("success_rate", true, counts -> counts.successRate().orElse(null)),
        UNHANDLED("unhandled", false, counts -> BigDecimal.valueOf(counts.unhandled())),
        AMBIGUOUS("ambiguous", false, counts -> BigDecimal.valueOf(counts.ambiguous())),
        INTERVENTIONS("interventions", false, counts -> BigDecimal.valueOf(counts.interventions()));

        private final String key;
        private final boolean risingIsGood;
        private final Function<WindowCounts, BigDecimal> value;

        Metric(String key, boolean risingIsGood, Function<WindowCounts, BigDecimal> value) {
            this.key = key;
            this.risingIsGood = risingIsGood;
            this.value = value;
        }

        CardView card(WindowCounts period, WindowCounts previous) {
            BigDecimal now = value.apply(period);
            BigDecimal before = value.apply(previous);
            return new CardView(key, now, before, Change.between(before, now), risingIsGood);
        }
    }

    /**
     * How the period compares with the previous interval: its direction, and the change in percent of the
     * previous value, to one decimal. There is no percent from nothing (a previous value of 0), only a rise.
     */
    record Change(@JsonProperty("direction") String direction, @JsonProperty("percent") BigDecimal percent) {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /** Null when either value is absent: a success rate of a window without messages compares with nothing. */
        static Change between(BigDecimal previous, BigDecimal current) {
            if (previous == null || current == null) {
                return null;
            }
            int sign = current.compareTo(previous);
            String direction = sign > 0 ? "up" : sign < 0 ? "down" : "same";
            if (previous.signum() == 0) {
                return new Change(direction, sign == 0 ? BigDecimal.ZERO.setScale(1) : null);
            }
            return new Change(direction, current.subtract(previous).multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP));
        }
    }
}
