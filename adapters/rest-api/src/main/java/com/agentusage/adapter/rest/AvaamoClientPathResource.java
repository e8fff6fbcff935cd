package com.agentusage.adapter.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * usage.json where Avaamo's own published Python client asks for it, under /bots_api/v1/analytics: so that scripts
 * written for the platform work here unchanged. It is the contract's endpoint under another path, answered by
 * {@link UsageResource#usage} itself, so token, permissions, parameters and errors cannot differ.
 */
@Path("/bots_api/v1/analytics/{agent_id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "usage")
@SecurityRequirement(name = AccessTokenHeader.NAME)
public class AvaamoClientPathResource {

    private final UsageResource usage;

    AvaamoClientPathResource(UsageResource usage) {
        this.usage = usage;
    }

    @GET
    @Path("usage.json")
    @Operation(summary = "Get agent usage, at the path of Avaamo's client", deprecated = true,
            description = "The same request and answer as GET /bots/analytics/{agent_id}/usage.json, served where "
                    + "Avaamo's published client calls it. Parameters it does not know, such as per_page, are ignored. "
                    + "New callers use the contract's path.")
    @Parameter(name = "agent_id", in = ParameterIn.PATH, required = true, description = "The agent's identifier",
            schema = @Schema(type = SchemaType.INTEGER))
    @APIResponse(responseCode = "200", description = "The usage report, as at /bots/analytics/{agent_id}/usage.json",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReportJson.class)))
    public UsageReportJson usage(@Parameter(hidden = true) @PathParam("agent_id") String agentId,
                                 @Parameter(hidden = true) @HeaderParam(AccessTokenHeader.NAME) String token,
                                 @Context UriInfo uri) {
        return usage.usage(agentId, token, uri);
    }
}
