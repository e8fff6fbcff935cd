package com.agentusage.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.domain.InvalidParameterException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodPolicyTest {

    // 2020-04-14T02:00Z: still the 13th at UTC-7, already the 14th at UTC.
    private static final Instant NOW = Instant.parse("2020-04-14T02:00:00Z");
    private final PeriodPolicy policy = PeriodPolicy.withDefaultRange();

    @Test
    void givenNoDates_whenResolving_thenToDateIsTodayAtTheCallersOffsetAndFromDateThreeDaysEarlier() {
        ReportingPeriod period = policy.resolve(Optional.empty(), Optional.empty(), UtcOffset.ofSeconds(-25200), NOW);

        assertThat(period.to()).isEqualTo(LocalDate.of(2020, 4, 13));
        assertThat(period.from()).isEqualTo(LocalDate.of(2020, 4, 10));
    }

    @Test
    void givenNoDatesAtUtc_whenResolving_thenTodayIsTheUtcDate() {
        ReportingPeriod period = policy.resolve(Optional.empty(), Optional.empty(), UtcOffset.UTC, NOW);

        assertThat(period.to()).isEqualTo(LocalDate.of(2020, 4, 14));
    }

    @Test
    void givenOnlyToDate_whenResolving_thenFromDateIsThreeDaysBeforeIt() {
        ReportingPeriod period = policy.resolve(Optional.empty(), Optional.of(LocalDate.of(2021, 3, 2)), UtcOffset.UTC, NOW);

        assertThat(period.from()).isEqualTo(LocalDate.of(2021, 2, 27));
    }

    @Test
    void givenOnlyAFromDateAfterToday_whenResolving_thenToDateIsBeforeFromDate() {
        assertThatThrownBy(() -> policy.resolve(Optional.of(LocalDate.of(2020, 5, 1)), Optional.empty(), UtcOffset.UTC, NOW))
                .hasMessage(ReportingPeriod.TO_BEFORE_FROM);
    }

    @Test
    void givenExactly366Days_whenResolving_thenItIsAccepted() {
        ReportingPeriod period = policy.resolve(Optional.of(LocalDate.of(2020, 1, 1)),
                Optional.of(LocalDate.of(2020, 12, 31)), UtcOffset.UTC, NOW);

        assertThat(period.days()).isEqualTo(366);
    }

    @Test
    void givenOneDayMoreThanTheMaximum_whenResolving_thenFromDateIsRejectedWithTheLimit() {
        assertThatThrownBy(() -> policy.resolve(Optional.of(LocalDate.of(2019, 12, 31)),
                Optional.of(LocalDate.of(2020, 12, 31)), UtcOffset.UTC, NOW))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("367 days")
                .hasMessageContaining("366")
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("from_date");
    }

    @Test
    void givenASmallerConfiguredMaximum_whenResolvingAWiderRange_thenItIsRejected() {
        PeriodPolicy weekly = new PeriodPolicy(7);

        assertThatThrownBy(() -> weekly.resolve(Optional.of(LocalDate.of(2020, 4, 1)),
                Optional.of(LocalDate.of(2020, 4, 8)), UtcOffset.UTC, NOW))
                .isInstanceOf(InvalidParameterException.class);
    }
}
