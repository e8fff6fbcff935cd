package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;

/** The contract's endpoint, and the one that feeds it. */
@Path("/bots/analytics/{agent_id}")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    record RecordingResultJson(@JsonProperty("accepted") int accepted, @JsonProperty("duplicates") int duplicates) {

        static RecordingResultJson from(RecordingResult result) {
            return new RecordingResultJson(result.accepted(), result.duplicates());
        }
    }

    private final GetAgentUsage getAgentUsage;
    private final RecordEvents recordEvents;
    // Exact decimals: 1586502000.001 read as a double would lose its millisecond.
    private final ObjectReader eventsReader;

    UsageResource(GetAgentUsage getAgentUsage, RecordEvents recordEvents, ObjectMapper mapper) {
        this.getAgentUsage = getAgentUsage;
        this.recordEvents = recordEvents;
        this.eventsReader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @GET
    @Path("usage.json")
    public UsageReportJson usage(@PathParam("agent_id") String agentId,
                                 @HeaderParam(AccessTokenHeader.NAME) String token,
                                 @Context UriInfo uri) {
        AccessToken accessToken = AccessTokenHeader.require(token);
        AgentId agent = PathIds.agent(agentId);
        return UsageReportJson.from(getAgentUsage.usage(UsageParameters.toQuery(agent, accessToken, uri.getQueryParameters())));
    }

    @POST
    @Path("events.json")
    public RecordingResultJson record(@PathParam("agent_id") String agentId,
                                      @HeaderParam(AccessTokenHeader.NAME) String token,
                                      InputStream body) throws IOException {
        AccessToken accessToken = AccessTokenHeader.require(token);
        AgentId agent = PathIds.agent(agentId);
        JsonNode json = eventsReader.readTree(body);
        return RecordingResultJson.from(recordEvents.record(
                new RecordEventsCommand(agent, accessToken, EventBatchJson.parse(json))));
    }
}
