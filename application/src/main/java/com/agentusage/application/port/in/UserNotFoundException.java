package com.agentusage.application.port.in;

import com.agentusage.domain.access.UserId;

public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(UserId id) {
        super("User " + id + " not found");
    }
}
