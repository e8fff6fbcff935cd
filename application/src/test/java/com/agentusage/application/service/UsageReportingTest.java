package com.agentusage.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.in.UpstreamFailedException;
import com.agentusage.application.port.in.UsageQuery;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.StorageUnavailableException;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import com.agentusage.domain.period.PeriodPolicy;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.UsageReport;
import com.agentusage.domain.usage.WindowCounts;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class UsageReportingTest {

    private static final AgentId AGENT = AgentId.of(20001);
    private static final AccessToken TOKEN = new AccessToken("viewer-token");
    private static final User VIEWER = new User(UserId.of(7), "viewer");
    private static final Instant NOW = Instant.parse("2020-04-14T02:00:00Z");
    private static final WindowCounts SOME = new WindowCounts(2, 10, 1, 1, 0, 1);
    private static final PeriodCounts COUNTS = new PeriodCounts(SOME, WindowCounts.ZERO,
            Collections.nCopies(ReportingPeriod.BUCKETS, WindowCounts.ZERO));

    @Mock UserAccounts accounts;
    @Mock Agents agents;
    @Mock Permissions permissions;
    @Mock UsageCounts counts;
    @Mock UpstreamUsage upstream;
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private UsageReporting reporting;

    @BeforeEach
    void wire() {
        reporting = new UsageReporting(new AccessGuard(accounts, agents, permissions), PeriodPolicy.withDefaultRange(),
                counts, upstream, () -> NOW, transactions);
    }

    private void givenTheViewerMayView() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(VIEWER));
        when(agents.exists(AGENT)).thenReturn(true);
        when(permissions.levelOf(AGENT, VIEWER.id())).thenReturn(Optional.of(AccessLevel.VIEW));
    }

    private static UsageQuery query(Optional<LocalDate> from, Optional<LocalDate> to, int offset) {
        return new UsageQuery(AGENT, TOKEN, from, to, UtcOffset.ofSeconds(offset));
    }

    @Test
    void givenAViewerAndNoDates_whenAskingForUsage_thenTheLastFourLocalDaysAreCountedInOneTransaction() {
        givenTheViewerMayView();
        ReportingPeriod expected = ReportingPeriod.of(LocalDate.of(2020, 4, 10), LocalDate.of(2020, 4, 13),
                UtcOffset.ofSeconds(-25200));
        when(counts.countsFor(AGENT, expected)).thenReturn(COUNTS);

        UsageReport report = reporting.usage(query(Optional.empty(), Optional.empty(), -25200));

        assertThat(report.aggregate().counts()).isEqualTo(SOME);
        assertThat(report.aggregate().window()).isEqualTo(expected.aggregate());
        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void givenAnUpstreamAgent_whenAskingForUsage_thenTheUpstreamCountsAreServedAndNothingIsCountedHere() {
        givenTheViewerMayView();
        when(upstream.serves(AGENT)).thenReturn(true);
        when(upstream.countsFor(any(), any())).thenReturn(COUNTS);

        UsageReport report = reporting.usage(query(Optional.empty(), Optional.empty(), 0));

        assertThat(report.aggregate().counts()).isEqualTo(SOME);
        verifyNoInteractions(counts);
    }

    @Test
    void givenAnUpstreamThatFails_whenAskingForUsage_thenTheCallerIsToldHowInThisUseCasesOwnTerms() {
        givenTheViewerMayView();
        when(upstream.serves(AGENT)).thenReturn(true);
        when(upstream.countsFor(any(), any())).thenThrow(new UpstreamException(UpstreamException.Kind.TIMED_OUT,
                "The upstream did not answer within 30000 ms", 0, null));

        assertThatThrownBy(() -> reporting.usage(query(Optional.empty(), Optional.empty(), 0)))
                .isInstanceOfSatisfying(UpstreamFailedException.class, failed -> {
                    assertThat(failed.kind()).isEqualTo(UpstreamFailedException.Kind.TIMED_OUT);
                    assertThat(failed.getMessage()).isEqualTo("The upstream did not answer within 30000 ms");
                });
    }

    @Test
    void givenAnUpstreamLeftAloneForAWhile_whenAskingForUsage_thenTheServiceIsUnavailableForTheTimeLeft() {
        givenTheViewerMayView();
        when(upstream.serves(AGENT)).thenReturn(true);
        when(upstream.countsFor(any(), any())).thenThrow(new UpstreamException(UpstreamException.Kind.UNAVAILABLE,
                "The upstream failed repeatedly", 12, null));

        assertThatThrownBy(() -> reporting.usage(query(Optional.empty(), Optional.empty(), 0)))
                .isInstanceOfSatisfying(ServiceUnavailableException.class,
                        unavailable -> assertThat(unavailable.retryAfterSeconds()).isEqualTo(12));
    }

    @Test
    void givenAStoreThatCannotBeReached_whenAskingForUsage_thenTheServiceIsUnavailableForAFewSeconds() {
        reporting = new UsageReporting(new AccessGuard(accounts, agents, permissions), PeriodPolicy.withDefaultRange(),
                counts, upstream, () -> NOW, new Transactions() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        throw new StorageUnavailableException(new SQLException("connection refused", "08001"));
                    }
                });

        assertThatThrownBy(() -> reporting.usage(query(Optional.empty(), Optional.empty(), 0)))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, unavailable -> {
                    assertThat(unavailable.retryAfterSeconds()).isEqualTo(UnitOfWork.STORAGE_RETRY_AFTER_SECONDS);
                    assertThat(unavailable.getMessage()).isEqualTo("The database is unavailable; try again shortly");
                });
    }

    @Test
    void givenAnUnknownToken_whenAskingForUsage_thenTheCallerIsNotAuthenticatedAndNothingIsCounted() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> reporting.usage(query(Optional.empty(), Optional.empty(), 0)))
                .isInstanceOf(NotAuthenticatedException.class);
        verifyNoInteractions(counts);
    }

    @Test
    void givenAUserWithoutPermission_whenAskingForUsage_thenTheAgentReadsAsNotFound() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(VIEWER));
        when(agents.exists(AGENT)).thenReturn(true);
        when(permissions.levelOf(AGENT, VIEWER.id())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> reporting.usage(query(Optional.empty(), Optional.empty(), 0)))
                .isInstanceOf(AgentNotFoundException.class).hasMessage("Agent not found");
        verifyNoInteractions(counts);
    }

    @Test
    void givenAMissingAgent_whenAskingForUsage_thenItIsNotFound() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(VIEWER));
        when(agents.exists(AGENT)).thenReturn(false);

        assertThatThrownBy(() -> reporting.usage(query(Optional.empty(), Optional.empty(), 0)))
                .isInstanceOf(AgentNotFoundException.class);
        verify(permissions, never()).levelOf(any(), any());
    }

    @Test
    void givenARangeOverTheMaximum_whenAskingForUsage_thenItIsRejectedBeforeAnyPortIsAsked() {
        assertThatThrownBy(() -> reporting.usage(query(Optional.of(LocalDate.of(2019, 1, 1)),
                Optional.of(LocalDate.of(2020, 1, 2)), 0)))
                .isInstanceOf(InvalidParameterException.class);
        verifyNoInteractions(accounts, counts, upstream);
    }
}
