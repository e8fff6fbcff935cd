package com.agentusage.adapter.demo;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.SessionId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A month of believable traffic for one agent: more sessions on weekdays and in office hours, a few messages
 * per session, about 5% unhandled and 4% ambiguous answers with a mix of disambiguation results, and the odd
 * live-agent intervention. Each day is generated from its own seed, so the same day always yields the same
 * events with the same ids: generating twice and storing both changes nothing.
 */
final class DemoTraffic {

    private static final double[] HOURLY_WEIGHT = {
            1, 1, 1, 1, 1, 2, 4, 7, 10, 12, 12, 11, 10, 11, 12, 12, 11, 9, 7, 5, 4, 3, 2, 1};
    private static final double TOTAL_WEIGHT = Arrays.stream(HOURLY_WEIGHT).sum();

    private final long seed;
    private final int sessionsPerWeekday;

    DemoTraffic(long seed, int sessionsPerWeekday) {
        this.seed = seed;
        this.sessionsPerWeekday = sessionsPerWeekday;
    }

    /** The events of one UTC day that happened before {@code now}. */
    List<AgentEvent> day(LocalDate date, Instant now) {
        Random random = new Random(seed * 1_000_003L + date.toEpochDay());
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        int sessions = (int) Math.round(sessionsPerWeekday * (weekend ? 0.4 : 1.0) * (0.85 + 0.3 * random.nextDouble()));
        long dayStart = date.atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1000;
        List<AgentEvent> events = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            String prefix = "demo-" + date + "-" + s;
            SessionId session = SessionId.of(prefix);
            long at = dayStart + hourOfDay(random) * 3_600_000L + random.nextInt(3_600_000);
            int messages = 1 + (int) Math.min(11, -Math.log(1 - random.nextDouble()) * 3);
            for (int m = 0; m < messages; m++) {
                at += 5_000 + random.nextInt(60_000);
                events.add(message(EventId.of(prefix + "-m" + m), session, Instant.ofEpochMilli(at), random));
            }
            if (random.nextDouble() < 0.02) {
                events.add(new Intervention(EventId.of(prefix + "-i"), session, Instant.ofEpochMilli(at + 30_000)));
            }
        }
        return events.stream().filter(event -> event.at().isBefore(now)).toList();
    }

    private static int hourOfDay(Random random) {
        double pick = random.nextDouble() * TOTAL_WEIGHT;
        for (int hour = 0; hour < HOURLY_WEIGHT.length; hour++) {
            pick -= HOURLY_WEIGHT[hour];
            if (pick < 0) {
                return hour;
            }
        }
        return HOURLY_WEIGHT.length - 1;
    }

    private static Message message(EventId id, SessionId session, Instant at, Random random) {
        double roll = random.nextDouble();
        if (roll < 0.05) {
            return Message.unhandled(id, session, at);
        }
        if (roll < 0.09) {
            double result = random.nextDouble();
            Disambiguation disambiguation = result < 0.5 ? Disambiguation.OPTION_SELECTED
                    : result < 0.75 ? Disambiguation.NONE_OF_THE_ABOVE : Disambiguation.NO_SELECTION;
            return Message.ambiguous(id, session, at, disambiguation);
        }
        return Message.successful(id, session, at);
    }
}
