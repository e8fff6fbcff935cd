package com.agentusage.application.port.in;

import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;
import java.util.Objects;

public record GrantPermissionCommand(AgentId agent, UserId user, AccessLevel level) {

    public GrantPermissionCommand {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(level, "level");
    }
}
