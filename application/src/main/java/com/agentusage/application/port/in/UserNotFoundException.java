package com.agentusage.application.port.in;

import com.agentusage.domain.access.UserId;

public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(UserId id) {
        super("User " + id + " not found");
    }

    /** For a reference that cannot name any user. */
    public UserNotFoundException() {
        super("User not found");
    }
}
