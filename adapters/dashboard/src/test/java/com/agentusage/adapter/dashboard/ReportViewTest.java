package com.agentusage.adapter.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.adapter.dashboard.CardView.Change;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.UsageReport;
import com.agentusage.domain.usage.WindowCounts;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportViewTest {

    static final UtcOffset OFFSET = UtcOffset.ofSeconds(-25200);
    static final ReportingPeriod PERIOD = ReportingPeriod.of(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13), OFFSET);
    /** Per window: sessions, messages, unhandled, ambiguous, mismatched, interventions. */
    static final WindowCounts NOW = new WindowCounts(8123, 50138, 2297, 2105, 208, 12);
    static final WindowCounts BEFORE = new WindowCounts(15094, 82686, 4745, 3928, 326, 0);
    static final WindowCounts FIRST_BUCKET = new WindowCounts(2209, 11852, 525, 596, 72, 3);

    static UsageReport report() {
        List<WindowCounts> buckets = new ArrayList<>(Collections.nCopies(ReportingPeriod.BUCKETS, WindowCounts.ZERO));
        buckets.set(0, FIRST_BUCKET);
        return UsageReport.of(PERIOD, new PeriodCounts(NOW, BEFORE, buckets));
    }

    @Test
    void givenAReport_whenViewed_thenThePeriodAndThePreviousIntervalAreItsLocalDays() {
        ReportView.Period period = ReportView.of(report(), OFFSET).period();

        assertThat(period).isEqualTo(new ReportView.Period("10/04/2020", "13/04/2020", "06/04/2020", "09/04/2020", -25200));
    }

    @Test
    void givenAReport_whenViewed_thenTheSixCardsCarryBothWindowsValuesAndTheChangeInPercent() {
        List<CardView> cards = ReportView.of(report(), OFFSET).cards();

        assertThat(cards).containsExactly(
                new CardView("sessions", decimal("8123"), decimal("15094"), new Change("down", decimal("-46.2")), true),
                new CardView("messages", decimal("50138"), decimal("82686"), new Change("down", decimal("-39.4")), true),
                new CardView("success_rate", decimal("91.22"), decimal("89.51"), new Change("up", decimal("1.9")), true),
                new CardView("unhandled", decimal("2297"), decimal("4745"), new Change("down", decimal("-51.6")), false),
                new CardView("ambiguous", decimal("2105"), decimal("3928"), new Change("down", decimal("-46.4")), false),
                new CardView("interventions", decimal("12"), decimal("0"), new Change("up", null), false));
    }

    @Test
    void givenAReport_whenViewed_thenEachBucketHasItsTimesAsUsageJsonWritesThemAndItsCountsByOutcome() {
        List<ReportView.Bucket> buckets = ReportView.of(report(), OFFSET).buckets();

        assertThat(buckets).hasSize(9);
        assertThat(buckets.get(0)).isEqualTo(new ReportView.Bucket(decimal("1586502000"), decimal("1586540399.8888888"),
                2209, 11852, 10731, 525, 596, 3, decimal("90.54")));
        assertThat(buckets.get(8)).isEqualTo(new ReportView.Bucket(decimal("1586809199.1111112"), decimal("1586847599"),
                0, 0, 0, 0, 0, 0, null));
    }

    @Test
    void givenAReport_whenWrittenAsJson_thenKeysAreSnakeCaseAndTimesAreInPlainNotation() throws Exception {
        String json = new ObjectMapper().writeValueAsString(ReportView.of(report(), OFFSET));

        assertThat(json).startsWith("{\"period\":{\"from_date\":\"10/04/2020\",\"to_date\":\"13/04/2020\","
                + "\"previous_from_date\":\"06/04/2020\",\"previous_to_date\":\"09/04/2020\",\"utc_offset\":-25200},"
                + "\"cards\":[{\"metric\":\"sessions\",\"value\":8123,\"previous\":15094,"
                + "\"change\":{\"direction\":\"down\",\"percent\":-46.2},\"rising_is_good\":true},");
        assertThat(json).contains("{\"start_time\":1586502000,\"end_time\":1586540399.8888888,\"sessions\":2209,"
                + "\"messages\":11852,\"successful\":10731,\"unhandled\":525,\"ambiguous\":596,\"interventions\":3,"
                + "\"success_rate\":90.54}");
        assertThat(json).doesNotContain("E+").doesNotContain("E9");
    }

    @Test
    void givenTwoValues_whenCompared_thenTheChangeSaysWhichWayAndByWhatPercentOfTheFirst() {
        assertThat(Change.between(decimal("200"), decimal("250"))).isEqualTo(new Change("up", decimal("25.0")));
        assertThat(Change.between(decimal("3"), decimal("2"))).isEqualTo(new Change("down", decimal("-33.3")));
        assertThat(Change.between(decimal("7"), decimal("7"))).isEqualTo(new Change("same", decimal("0.0")));
        assertThat(Change.between(decimal("0"), decimal("0"))).isEqualTo(new Change("same", decimal("0.0")));
        assertThat(Change.between(decimal("0"), decimal("5"))).as("no percent of nothing").isEqualTo(new Change("up", null));
        assertThat(Change.between(null, decimal("91.22"))).as("a rate without messages").isNull();
        assertThat(Change.between(decimal("91.22"), null)).isNull();
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
