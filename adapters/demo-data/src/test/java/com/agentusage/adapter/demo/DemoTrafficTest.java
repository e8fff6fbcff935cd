package com.agentusage.adapter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoTrafficTest {

    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");
    private final DemoTraffic traffic = new DemoTraffic(42, 300);

    private List<AgentEvent> month() {
        List<AgentEvent> events = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 3, 1); day.isBefore(LocalDate.of(2024, 3, 31)); day = day.plusDays(1)) {
            events.addAll(traffic.day(day, LATER));
        }
        return events;
    }

    @Test
    void givenTheSameDay_whenGeneratedTwice_thenTheEventsAreIdenticalIdsIncluded() {
        assertThat(traffic.day(LocalDate.of(2024, 3, 5), LATER)).isEqualTo(traffic.day(LocalDate.of(2024, 3, 5), LATER));
        assertThat(new DemoTraffic(43, 300).day(LocalDate.of(2024, 3, 5), LATER))
                .isNotEqualTo(traffic.day(LocalDate.of(2024, 3, 5), LATER));
    }

    @Test
    void givenAMonth_whenGenerated_thenThousandsOfSessionsCarryAbout5PercentUnhandledAnd4PercentAmbiguous() {
        List<AgentEvent> events = month();
        List<Message> messages = events.stream().filter(Message.class::isInstance).map(Message.class::cast).toList();

        long sessions = messages.stream().map(Message::session).distinct().count();
        double unhandled = messages.stream().filter(m -> m.outcome() == Outcome.UNHANDLED).count() / (double) messages.size();
        double ambiguous = messages.stream().filter(m -> m.outcome() == Outcome.AMBIGUOUS).count() / (double) messages.size();
        assertThat(sessions).isBetween(5_000L, 10_000L);
        assertThat(unhandled).isBetween(0.04, 0.06);
        assertThat(ambiguous).isBetween(0.03, 0.05);
        assertThat(messages.stream().map(Message::disambiguation).flatMap(Optional::stream).distinct())
                .containsExactlyInAnyOrder(Disambiguation.values());
        assertThat(events.stream().filter(Intervention.class::isInstance).count()).isPositive();
    }

    @Test
    void givenWeekdaysAndWeekends_whenGenerated_thenWeekdaysAndOfficeHoursAreBusier() {
        int monday = traffic.day(LocalDate.of(2024, 3, 4), LATER).size();
        int sunday = traffic.day(LocalDate.of(2024, 3, 10), LATER).size();
        List<AgentEvent> day = traffic.day(LocalDate.of(2024, 3, 5), LATER);
        long office = day.stream().filter(e -> hour(e) >= 9 && hour(e) < 17).count();
        long night = day.stream().filter(e -> hour(e) < 5).count();

        assertThat(monday).isGreaterThan(2 * sunday);
        assertThat(office).isGreaterThan(5 * night);
    }

    @Test
    void givenToday_whenGenerated_thenNothingLiesInTheFuture() {
        Instant now = Instant.parse("2024-03-05T12:00:00Z");

        assertThat(traffic.day(LocalDate.of(2024, 3, 5), now)).isNotEmpty().allMatch(event -> event.at().isBefore(now));
    }

    private static int hour(AgentEvent event) {
        return event.at().atOffset(ZoneOffset.UTC).getHour();
    }
}
