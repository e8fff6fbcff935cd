package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract's endpoint, and the one that feeds it. */
@Path("/bots/analytics/{agent_id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "usage")
@SecurityScheme(securitySchemeName = AccessTokenHeader.NAME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = AccessTokenHeader.NAME,
        description = "A user's access token; the header name is case-insensitive")
@SecurityRequirement(name = AccessTokenHeader.NAME)
public class UsageResource {

    record RecordingResultJson(@JsonProperty("accepted") int accepted, @JsonProperty("duplicates") int duplicates) {

        static RecordingResultJson from(RecordingResult result) {
            return new RecordingResultJson(result.accepted(), result.duplicates());
        }
    }

    private final GetAgentUsage getAgentUsage;
    private final RecordEvents recordEvents;
    private final IngestMetrics metrics;

    UsageResource(GetAgentUsage getAgentUsage, RecordEvents recordEvents, IngestMetrics metrics) {
        this.getAgentUsage = getAgentUsage;
        this.recordEvents = recordEvents;
        this.metrics = metrics;
    }

    @GET
    @Path("usage.json")
    @Operation(summary = "Get agent usage",
            description = "Messages, sessions, unhandled and ambiguous answers, interventions and the success rate of "
                    + "an agent: for the period (aggregate_stats), the same number of days before it "
                    + "(previous_interval_stats) and nine equal buckets of the period (stats). Needs view permission.")
    @Parameters({
            @Parameter(name = "agent_id", in = ParameterIn.PATH, required = true, description = "The agent's identifier",
                    schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(name = "utc_offset", in = ParameterIn.QUERY, example = "-25200",
                    description = "The caller's offset from UTC in seconds, -43200 to 50400; default 0",
                    schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(name = "from_date", in = ParameterIn.QUERY, example = "10/04/2020",
                    description = "First day, dd/mm/yyyy; default three days before to_date"),
            @Parameter(name = "to_date", in = ParameterIn.QUERY, example = "13/04/2020",
                    description = "Last day, dd/mm/yyyy; default today at utc_offset")})
    @APIResponse(responseCode = "200", description = "The usage report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReportJson.class)))
    @APIResponse(responseCode = "401", description = "Missing or unknown Access-Token", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such agent, or the token may not view it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "422", description = "Invalid parameter, for example to_date before from_date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class),
                    examples = @ExampleObject(name = "to_date before from_date",
                            value = "{\"error\": \"To Date cannot be before From Date\"}")))
    public UsageReportJson usage(@Parameter(hidden = true) @PathParam("agent_id") String agentId,
                                 @Parameter(hidden = true) @HeaderParam(AccessTokenHeader.NAME) String token,
                                 @Context UriInfo uri) {
        return report(agentId, token, uri);
    }

    @GET
    @Path("usage.csv")
    @Produces(UsageReportCsv.MEDIA_TYPE)
    @Operation(summary = "Get agent usage as CSV",
            description = "The report of usage.json, with the same parameters, permission and errors (as JSON), as CSV: "
                    + "a header, then one row per window. The first column, window, tells them apart: aggregate, "
                    + "previous_interval, bucket_1 to bucket_9; the others are the contract's keys in its order, "
                    + "each value written as in usage.json (no success rate is an empty field).")
    @Parameters({
            @Parameter(name = "agent_id", in = ParameterIn.PATH, required = true, description = "The agent's identifier",
                    schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(name = "utc_offset", in = ParameterIn.QUERY, example = "-25200",
                    description = "As for usage.json", schema = @Schema(type = SchemaType.INTEGER)),
            @Parameter(name = "from_date", in = ParameterIn.QUERY, example = "10/04/2020", description = "As for usage.json"),
            @Parameter(name = "to_date", in = ParameterIn.QUERY, example = "13/04/2020", description = "As for usage.json")})
    @APIResponse(responseCode = "200", description = "The usage report, one row per window",
            content = @Content(mediaType = UsageReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "the first rows of the contract example", value = """
                            window,start_time,end_time,session_count,messages_count,unhandled_messages_count,\
                            successful_responses_count,ambiguous_messages_count,interventions_count,success_rate_count,success_rate
                            aggregate,1586502000,1586847599,8123,50138,2297,45736,2105,0,47633,91.22
                            previous_interval,1586156401,1586502000,15094,82686,4745,74013,3928,0,77615,89.51
                            bucket_1,1586502000,1586540399.8888888,2209,11852,525,10731,596,0,11255,90.54""")))
    @APIResponse(responseCode = "401", description = "Missing or unknown Access-Token", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such agent, or the token may not view it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "422", description = "Invalid parameter, for example to_date before from_date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    public Response usageCsv(@Parameter(hidden = true) @PathParam("agent_id") String agentId,
                             @Parameter(hidden = true) @HeaderParam(AccessTokenHeader.NAME) String token,
                             @Context UriInfo uri) {
        UsageReportJson report = report(agentId, token, uri);
        // The report was found, so agentId is all digits: safe in a header.
        return Response.ok(UsageReportCsv.render(report), UsageReportCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"usage-" + agentId + ".csv\"")
                .build();
    }

    private UsageReportJson report(String agentId, String token, UriInfo uri) {
        AccessToken accessToken = AccessTokenHeader.require(token);
        AgentId agent = PathIds.agent(agentId);
        return UsageReportJson.from(getAgentUsage.usage(UsageParameters.toQuery(agent, accessToken, uri.getQueryParameters())));
    }

    @POST
    @Path("events.json")
    @Operation(summary = "Send an agent's events",
            description = "Stores a batch of up to 10,000 events, each once per agent: an id the agent already has is "
                    + "a duplicate and changes nothing. A batch with any invalid event is rejected whole. Needs edit permission.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "three events", value = """
                    {"events": [
                      {"id": "m-1", "type": "message", "session_id": "s-1", "timestamp": 1586502000.25, "outcome": "successful"},
                      {"id": "m-2", "type": "message", "session_id": "s-1", "timestamp": 1586502100, "outcome": "ambiguous",
                       "disambiguation": "none_of_the_above"},
                      {"id": "i-1", "type": "intervention", "session_id": "s-2", "timestamp": 1586502300}]}""")))
    @APIResponse(responseCode = "200", description = "Events stored and duplicates skipped", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingResultJson.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON")
    @APIResponse(responseCode = "401", description = "Missing or unknown Access-Token")
    @APIResponse(responseCode = "403", description = "The token may view the agent but not edit it")
    @APIResponse(responseCode = "404", description = "No such agent, or the token may not view it")
    @APIResponse(responseCode = "413", description = "More than 10,000 events")
    @APIResponse(responseCode = "422", description = "Invalid events, each named by its index in details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    public RecordingResultJson record(@Parameter(name = "agent_id", description = "The agent's identifier")
                                      @PathParam("agent_id") String agentId,
                                      @Parameter(hidden = true) @HeaderParam(AccessTokenHeader.NAME) String token,
                                      InputStream body) throws IOException {
        AccessToken accessToken = AccessTokenHeader.require(token);
        AgentId agent = PathIds.agent(agentId);
        RecordingResult result = recordEvents.record(new RecordEventsCommand(agent, accessToken, EventBatchJson.read(body)));
        metrics.record(result);
        return RecordingResultJson.from(result);
    }
}
