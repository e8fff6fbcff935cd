package com.agentusage.application.port.in;

import com.agentusage.domain.access.User;

public record CreateUserCommand(String name) {

    public CreateUserCommand {
        name = User.checkedName(name);
    }
}
