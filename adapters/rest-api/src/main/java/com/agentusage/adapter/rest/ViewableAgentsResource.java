package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.ListViewableAgents;
import com.agentusage.application.port.in.ViewableAgentsQuery;
import com.agentusage.domain.access.AgentAccess;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agents a caller may read usage.json of, so that a client need not know their ids beforehand. */
@Path("/bots/analytics/agents.json")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "usage")
@SecurityRequirement(name = AccessTokenHeader.NAME)
public class ViewableAgentsResource {

    record AgentsJson(@JsonProperty("agents") List<AgentJson> agents) {
    }

    record AgentJson(@JsonProperty("id") long id, @JsonProperty("name") String name,
                     @JsonProperty("level") String level) {

        static AgentJson from(AgentAccess access) {
            return new AgentJson(access.agent().id().value(), access.agent().name(),
                    access.level().name().toLowerCase(Locale.ROOT));
        }
    }

    private final ListViewableAgents listViewableAgents;

    ViewableAgentsResource(ListViewableAgents listViewableAgents) {
        this.listViewableAgents = listViewableAgents;
    }

    @GET
    @Operation(summary = "List the agents this token may view",
            description = "Every agent the token's user has a permission on (view, edit or owner), with that level, "
                    + "in the order of their ids; agents served by an upstream too. An empty list when there are none.")
    @APIResponse(responseCode = "200", description = "The agents", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgentsJson.class), examples = @ExampleObject(name = "one agent",
            value = "{\"agents\": [{\"id\": 20001, \"name\": \"Demo agent\", \"level\": \"view\"}]}")))
    @APIResponse(responseCode = "401", description = "Missing or unknown Access-Token", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorJson.class)))
    public AgentsJson agents(@Parameter(hidden = true) @HeaderParam(AccessTokenHeader.NAME) String token) {
        return new AgentsJson(listViewableAgents.agents(new ViewableAgentsQuery(AccessTokenHeader.require(token)))
                .stream().map(AgentJson::from).toList());
    }
}
