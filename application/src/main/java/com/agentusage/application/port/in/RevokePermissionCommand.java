package com.agentusage.application.port.in;

import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;
import java.util.Objects;

public record RevokePermissionCommand(AgentId agent, UserId user) {

    public RevokePermissionCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(user, "user");
    }
}
