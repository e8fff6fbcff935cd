package com.agentusage.application.port.in;

import com.agentusage.domain.access.AccessToken;
import java.util.Objects;

/** Whose viewable agents to list: the caller's, named by its access token. */
public record ViewableAgentsQuery(AccessToken token) {

    public ViewableAgentsQuery {
        Objects.requireNonNull(token, "token");
    }
}
