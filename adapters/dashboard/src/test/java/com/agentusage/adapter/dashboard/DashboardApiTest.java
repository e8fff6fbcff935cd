package com.agentusage.adapter.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.ListViewableAgents;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.in.UpstreamFailedException;
import com.agentusage.application.port.in.UsageQuery;
import com.agentusage.application.port.in.ViewableAgentsQuery;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.UtcOffset;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DashboardApiTest {

    private static final String TOKEN = "lead-token";

    @Mock ListViewableAgents listViewableAgents;
    @Mock GetAgentUsage getAgentUsage;
    @Captor ArgumentCaptor<UsageQuery> usageQuery;
    @Captor ArgumentCaptor<ViewableAgentsQuery> agentsQuery;
    private DashboardApi api;

    @BeforeEach
    void wire() {
        api = new DashboardApi(listViewableAgents, getAgentUsage);
    }

    @Test
    void givenATokenWithAgents_whenTheAgentsAreAsked_thenEachIsOfferedWithItsLevelInLowerCase() {
        when(listViewableAgents.agents(agentsQuery.capture())).thenReturn(List.of(
                new AgentAccess(new Agent(AgentId.of(20001), "Demo agent"), AccessLevel.VIEW),
                new AgentAccess(new Agent(AgentId.of(20002), "Upstream agent"), AccessLevel.OWNER)));

        AgentsView agents = api.agents(" " + TOKEN + " ");

        assertThat(agentsQuery.getValue().token()).isEqualTo(new AccessToken(TOKEN));
        assertThat(agents.agents()).containsExactly(new AgentsView.Entry(20001, "Demo agent", "view"),
                new AgentsView.Entry(20002, "Upstream agent", "owner"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void givenNoToken_whenAnythingIsAsked_thenTheCallerIsNotAuthenticatedAndNoUseCaseIsCalled(String blank) {
        assertThatThrownBy(() -> api.agents(null)).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> api.agents(blank)).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> api.report("20001", blank, null, null, null)).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> api.agents("x".repeat(AccessToken.MAX_LENGTH + 1))).isInstanceOf(NotAuthenticatedException.class);
        verifyNoInteractions(listViewableAgents, getAgentUsage);
    }

    @Test
    void givenAPeriodAndOffset_whenTheReportIsAsked_thenTheUseCaseGetsThemAndThePageGetsTheView() {
        when(getAgentUsage.usage(usageQuery.capture())).thenReturn(ReportViewTest.report());

        ReportView view = api.report("20001", TOKEN, "10/04/2020", "13/04/2020", "-25200");

        assertThat(usageQuery.getValue()).isEqualTo(new UsageQuery(AgentId.of(20001), new AccessToken(TOKEN),
                Optional.of(LocalDate.of(2020, 4, 10)), Optional.of(LocalDate.of(2020, 4, 13)), UtcOffset.ofSeconds(-25200)));
        assertThat(view).isEqualTo(ReportView.of(ReportViewTest.report(), ReportViewTest.OFFSET));
    }

    @Test
    void givenNoPeriodOrOffset_whenTheReportIsAsked_thenTheUseCaseAppliesUsageJsonsDefaults() {
        when(getAgentUsage.usage(usageQuery.capture())).thenReturn(ReportViewTest.report());

        api.report("20001", TOKEN, null, null, null);

        assertThat(usageQuery.getValue()).isEqualTo(new UsageQuery(AgentId.of(20001), new AccessToken(TOKEN),
                Optional.empty(), Optional.empty(), UtcOffset.UTC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "20001x", "99999999999999999999", ""})
    void givenAnAgentIdThatCannotBeOne_whenTheReportIsAsked_thenNoAgentIsFound(String agent) {
        assertThatThrownBy(() -> api.report(agent, TOKEN, null, null, null)).isInstanceOf(AgentNotFoundException.class);
        verifyNoInteractions(getAgentUsage);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "31/02/2024 | 13/04/2020 | 0     | from_date must be an existing date in dd/mm/yyyy format, got '31/02/2024'",
            "10/04/2020 | ''         | 0     | to_date must be a date in dd/mm/yyyy format",
            "10/04/2020 | 13/04/2020 | 1.5   | utc_offset must be a whole number of seconds between -43200 and 50400",
            "10/04/2020 | 13/04/2020 | 50401 | utc_offset must be between -43200 and 50400 seconds"})
    void givenAnInvalidParameter_whenTheReportIsAsked_thenItIsRejectedBeforeTheUseCaseNamingIt(
            String from, String to, String offset, String message) {
        assertThatThrownBy(() -> api.report("20001", TOKEN, from, to, offset))
                .isInstanceOf(InvalidParameterException.class).hasMessage(message);
        verifyNoInteractions(getAgentUsage);
    }

    @Test
    void givenEachFailureOfTheUseCases_whenMapped_thenItHasTheRestApisStatusAndAnErrorBody() {
        assertError(api.notAuthenticated(new NotAuthenticatedException()), 401, "A valid Access-Token header is required");
        assertError(api.notFound(new AgentNotFoundException()), 404, "Agent not found");
        assertError(api.invalidParameter(new InvalidParameterException("to_date", "To Date cannot be before From Date")),
                422, "To Date cannot be before From Date");
        Response unavailable = api.serviceUnavailable(
                new ServiceUnavailableException("The database is unavailable; try again shortly", 5, null));
        assertError(unavailable, 503, "The database is unavailable; try again shortly");
        assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @ParameterizedTest
    @CsvSource({"FAILED, 502, 0", "TIMED_OUT, 504, 0", "RATE_LIMITED, 429, 12"})
    void givenAnUpstreamFailure_whenMapped_thenItsKindDecidesTheStatusAndRetryAfterIsSentWhenKnown(
            UpstreamFailedException.Kind kind, int status, long retryAfter) {
        Response response = api.upstreamFailed(new UpstreamFailedException(kind, "the upstream's trouble", retryAfter, null));

        assertError(response, status, "the upstream's trouble");
        assertThat(response.getHeaderString("Retry-After")).isEqualTo(retryAfter > 0 ? Long.toString(retryAfter) : null);
    }

    @Test
    void givenAUseCaseFailure_whenTheReportIsAsked_thenItReachesTheMappers() {
        when(getAgentUsage.usage(any())).thenThrow(new AgentNotFoundException());

        assertThatThrownBy(() -> api.report("20001", TOKEN, null, null, null)).isInstanceOf(AgentNotFoundException.class);
    }

    private static void assertError(Response response, int status, String message) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        assertThat(response.getEntity()).isEqualTo(new DashboardApi.ErrorView(message));
    }
}
