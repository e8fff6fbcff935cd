package com.agentusage.application.port.in;

import com.agentusage.domain.access.AccessToken;
import java.util.Objects;

public record AuthenticationQuery(AccessToken token) {

    public AuthenticationQuery {
        Objects.requireNonNull(token, "token");
    }
}
