package com.agentusage.adapter.avaamo;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.period.UtcOffset;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Upstream answers for tests: the contract's example, field by field, and empty reports for any period. */
public final class UpstreamPayloads {

    public static final ReportingPeriod EXAMPLE_PERIOD = ReportingPeriod.of(LocalDate.of(2020, 4, 10),
            LocalDate.of(2020, 4, 13), UtcOffset.ofSeconds(-25200));

    /** One published window: times as written, then the contract's fields in its order. */
    public record Published(String start, String end, long sessions, long messages, long unhandled, long successful,
                            long ambiguous, long interventions, long successRateCount, Double successRate) {
    }

    public static final Published AGGREGATE = new Published("1586502000", "1586847599",
            8123, 50138, 2297, 45736, 2105, 0, 47633, 91.22);
    public static final Published PREVIOUS = new Published("1586156401", "1586502000",
            15094, 82686, 4745, 74013, 3928, 0, 77615, 89.51);
    public static final List<Published> BUCKETS = List.of(
            new Published("1586502000", "1586540399.8888888", 2209, 11852, 525, 10731, 596, 0, 11255, 90.54),
            new Published("1586540399.8888888", "1586578799.7777777", 490, 1927, 168, 1689, 70, 0, 1752, 87.65),
            new Published("1586578799.7777777", "1586617199.6666667", 1821, 11481, 414, 10579, 488, 0, 11031, 92.14),
            new Published("1586617199.6666667", "1586655599.5555556", 592, 3956, 153, 3703, 100, 0, 3794, 93.6),
            new Published("1586655599.5555556", "1586693999.4444444", 1491, 8339, 433, 7575, 331, 0, 7870, 90.84),
            new Published("1586693999.4444444", "1586732399.3333333", 1064, 4568, 240, 4128, 200, 0, 4316, 90.37),
            new Published("1586732399.3333333", "1586770799.2222223", 1429, 7031, 330, 6421, 280, 0, 6667, 91.32),
            new Published("1586770799.2222223", "1586809199.1111112", 225, 985, 34, 911, 40, 0, 949, 92.49),
            new Published("1586809199.1111112", "1586847599", 0, 0, 0, 0, 0, 0, 0, null));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private UpstreamPayloads() {
    }

    /** The contract's example response. */
    public static String example() {
        return json(AGGREGATE, PREVIOUS, BUCKETS);
    }

    /** A report with nothing counted, for any period. */
    public static String emptyFor(ReportingPeriod period) {
        return json(empty(period.aggregate()), empty(period.previous()),
                period.buckets().stream().map(UpstreamPayloads::empty).toList());
    }

    private static Published empty(StatsWindow window) {
        return new Published(window.start().plainText(), window.end().plainText(), 0, 0, 0, 0, 0, 0, 0, null);
    }

    public static String json(Published aggregate, Published previous, List<Published> buckets) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("aggregate_stats", window(aggregate));
        root.set("previous_interval_stats", window(previous));
        ArrayNode stats = root.putArray("stats");
        buckets.forEach(bucket -> stats.add(window(bucket)));
        return root.toString();
    }

    private static ObjectNode window(Published p) {
        ObjectNode window = MAPPER.createObjectNode();
        window.put("start_time", new BigDecimal(p.start()));
        window.put("end_time", new BigDecimal(p.end()));
        window.put("session_count", p.sessions());
        window.put("messages_count", p.messages());
        window.put("unhandled_messages_count", p.unhandled());
        window.put("successful_responses_count", p.successful());
        window.put("ambiguous_messages_count", p.ambiguous());
        window.put("interventions_count", p.interventions());
        window.put("success_rate_count", p.successRateCount());
        window.put("success_rate", p.successRate());
        return window;
    }
}
