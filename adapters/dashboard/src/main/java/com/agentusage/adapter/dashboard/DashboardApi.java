package com.agentusage.adapter.dashboard;

import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.ListViewableAgents;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.in.UpstreamFailedException;
import com.agentusage.application.port.in.UsageQuery;
import com.agentusage.application.port.in.ViewableAgentsQuery;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.UtcOffset;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The page's own endpoints. They take the Access-Token header and the period as usage.json does, call the use
 * cases, and answer in views made for the page. Failures are mapped here, for these endpoints only, to the
 * statuses and {"error": "..."} bodies the REST API gives, so the page can tell them apart.
 */
@Path("/dashboard/api")
@Produces(MediaType.APPLICATION_JSON)
@Cache(noStore = true)
public class DashboardApi {

    static final String TOKEN_HEADER = "Access-Token";
    private static final Pattern AGENT_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern WHOLE_SECONDS = Pattern.compile("[+-]?[0-9]{1,6}");

    record ErrorView(@JsonProperty("error") String error) {
    }

    private final ListViewableAgents listViewableAgents;
    private final GetAgentUsage getAgentUsage;

    DashboardApi(ListViewableAgents listViewableAgents, GetAgentUsage getAgentUsage) {
        this.listViewableAgents = listViewableAgents;
        this.getAgentUsage = getAgentUsage;
    }

    @GET
    @Path("agents")
    public AgentsView agents(@HeaderParam(TOKEN_HEADER) String token) {
        return AgentsView.of(listViewableAgents.agents(new ViewableAgentsQuery(token(token))));
    }

    /** Absent dates and offset take usage.json's defaults; present ones must be valid, as there. */
    @GET
    @Path("agents/{agent_id}/report")
    public ReportView report(@PathParam("agent_id") String agentId, @HeaderParam(TOKEN_HEADER) String token,
                             @QueryParam("from_date") String from, @QueryParam("to_date") String to,
                             @QueryParam("utc_offset") String utcOffset) {
        AccessToken accessToken = token(token);
        AgentId agent = agent(agentId);
        UsageQuery query = new UsageQuery(agent, accessToken, date("from_date", from), date("to_date", to), offset(utcOffset));
        return ReportView.of(getAgentUsage.usage(query), query.offset());
    }

    @ServerExceptionMapper
    Response notAuthenticated(NotAuthenticatedException e) {
        return error(Response.Status.UNAUTHORIZED.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    Response notFound(AgentNotFoundException e) {
        return error(Response.Status.NOT_FOUND.getStatusCode(), e.getMessage());
    }

    @ServerExceptionMapper
    Response invalidParameter(InvalidParameterException e) {
        return error(422, e.getMessage());
    }

    @ServerExceptionMapper
    Response upstreamFailed(UpstreamFailedException e) {
        int status = switch (e.kind()) {
            case FAILED -> Response.Status.BAD_GATEWAY.getStatusCode();
            case TIMED_OUT -> Response.Status.GATEWAY_TIMEOUT.getStatusCode();
            case RATE_LIMITED -> Response.Status.TOO_MANY_REQUESTS.getStatusCode();
        };
        return retryingAfter(error(status, e.getMessage()), e.retryAfterSeconds());
    }

    /** The store cannot be reached, or the agent's upstream is left alone for a while. */
    @ServerExceptionMapper
    Response serviceUnavailable(ServiceUnavailableException e) {
        return retryingAfter(error(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), e.getMessage()),
                e.retryAfterSeconds());
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorView(message)).build();
    }

    private static Response retryingAfter(Response response, long seconds) {
        return seconds > 0 ? Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build() : response;
    }

    private static AccessToken token(String header) {
        String token = header == null ? "" : header.strip();
        if (token.isEmpty() || token.length() > AccessToken.MAX_LENGTH) {
            throw new NotAuthenticatedException();
        }
        return new AccessToken(token);
    }

    /** A segment that cannot be an agent's id names no agent. */
    private static AgentId agent(String segment) {
        if (segment == null || !AGENT_ID.matcher(segment).matches()) {
            throw new AgentNotFoundException();
        }
        return AgentId.of(Long.parseLong(segment));
    }

    private static Optional<LocalDate> date(String name, String text) {
        return text == null ? Optional.empty() : Optional.of(ContractDate.parse(name, text));
    }

    private static UtcOffset offset(String text) {
        if (text == null) {
            return UtcOffset.UTC;
        }
        if (!WHOLE_SECONDS.matcher(text.strip()).matches()) {
            throw new InvalidParameterException("utc_offset", "utc_offset must be a whole number of seconds between "
                    + UtcOffset.MIN_SECONDS + " and " + UtcOffset.MAX_SECONDS);
        }
        return UtcOffset.ofSeconds(Integer.parseInt(text.strip()));
    }
}
