package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.GrantPermissionCommand;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.application.port.in.RegisterAgentCommand;
import com.agentusage.application.port.in.RevokePermission;
import com.agentusage.application.port.in.RevokePermissionCommand;
import com.agentusage.application.port.in.RotateToken;
import com.agentusage.application.port.in.RotateTokenCommand;
import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration: agents, users and their tokens, and who may do what with which agent. */
@Path("/admin")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administration", description = "Needs the admin token (USAGE_ADMIN_TOKEN) in the Access-Token header; "
        + "401 without it, 403 for every call when none is configured")
@SecurityRequirement(name = "Access-Token")
public class AdminResource {

    record AgentJson(@JsonProperty("id") Long id, @JsonProperty("name") String name) {
    }

    record NewUserJson(@JsonProperty("name") String name) {
    }

    record CredentialsJson(@JsonProperty("id") long id, @JsonProperty("name") String name,
                           @JsonProperty("access_token") String accessToken) {

        static CredentialsJson from(IssuedCredentials issued) {
            return new CredentialsJson(issued.user().id().value(), issued.user().name(), issued.token().secret());
        }
    }

    record LevelJson(@JsonProperty("level") String level) {
    }

    record PermissionJson(@JsonProperty("agent_id") long agentId, @JsonProperty("user_id") long userId,
                          @JsonProperty("level") String level) {
    }

    private final RegisterAgent registerAgent;
    private final CreateUser createUser;
    private final RotateToken rotateToken;
    private final GrantPermission grantPermission;
    private final RevokePermission revokePermission;

    AdminResource(RegisterAgent registerAgent, CreateUser createUser, RotateToken rotateToken,
                  GrantPermission grantPermission, RevokePermission revokePermission) {
        this.registerAgent = registerAgent;
        this.createUser = createUser;
        this.rotateToken = rotateToken;
        this.grantPermission = grantPermission;
        this.revokePermission = revokePermission;
    }

    @POST
    @Path("agents")
    @Operation(summary = "Register an agent", description = "201 with the agent; 409 when the id is taken")
    public Response registerAgent(AgentJson body) {
        if (body == null || body.id() == null || body.id() <= 0) {
            throw new InvalidParameterException("id", "id must be a positive integer");
        }
        Agent agent = registerAgent.register(new RegisterAgentCommand(AgentId.of(body.id()), body.name()));
        return Response.status(Response.Status.CREATED).entity(new AgentJson(agent.id().value(), agent.name())).build();
    }

    @POST
    @Path("users")
    @Operation(summary = "Create a user", description = "201 with the user's id and access token, shown only this once")
    public Response createUser(NewUserJson body) {
        IssuedCredentials issued = createUser.create(new CreateUserCommand(body == null ? null : body.name()));
        return Response.status(Response.Status.CREATED).entity(CredentialsJson.from(issued)).build();
    }

    @POST
    @Path("users/{user_id}/token")
    @Operation(summary = "Rotate a user's token", description = "The new token, shown only this once; the old one stops working")
    public CredentialsJson rotateToken(@PathParam("user_id") String userId) {
        return CredentialsJson.from(rotateToken.rotate(new RotateTokenCommand(PathIds.user(userId))));
    }

    @PUT
    @Path("agents/{agent_id}/permissions/{user_id}")
    @Operation(summary = "Grant a permission", description = "Sets the user's level on the agent: view, edit or owner")
    public PermissionJson grant(@PathParam("agent_id") String agentId, @PathParam("user_id") String userId,
                                LevelJson body) {
        AgentId agent = PathIds.agent(agentId);
        UserId user = PathIds.user(userId);
        AccessLevel level = level(body);
        grantPermission.grant(new GrantPermissionCommand(agent, user, level));
        return new PermissionJson(agent.value(), user.value(), level.name().toLowerCase(Locale.ROOT));
    }

    @DELETE
    @Path("agents/{agent_id}/permissions/{user_id}")
    @Operation(summary = "Revoke a permission", description = "204, also when there was none")
    public Response revoke(@PathParam("agent_id") String agentId, @PathParam("user_id") String userId) {
        revokePermission.revoke(new RevokePermissionCommand(PathIds.agent(agentId), PathIds.user(userId)));
        return Response.noContent().build();
    }

    private static AccessLevel level(LevelJson body) {
        String level = body == null || body.level() == null ? "" : body.level();
        return switch (level) {
            case "view" -> AccessLevel.VIEW;
            case "edit" -> AccessLevel.EDIT;
            case "owner" -> AccessLevel.OWNER;
            default -> throw new InvalidParameterException("level", "level must be \"view\", \"edit\" or \"owner\"");
        };
    }
}
