package com.agentusage.application.port.in;

import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.User;
import java.util.Objects;

/** A user with the token just issued to it: the only moment the token exists outside its owner's hands. */
public record IssuedCredentials(User user, AccessToken token) {

    public IssuedCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
    }
}
