package com.agentusage.application.port.in;

import com.agentusage.domain.access.UserId;
import java.util.Objects;

public record RotateTokenCommand(UserId user) {

    public RotateTokenCommand {
        Objects.requireNonNull(user, "user");
    }
}
