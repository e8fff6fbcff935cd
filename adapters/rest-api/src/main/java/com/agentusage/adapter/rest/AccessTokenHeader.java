package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.domain.access.AccessToken;

/** The Access-Token header as a token, or "not authenticated" when it is missing or cannot be one. */
final class AccessTokenHeader {

    static final String NAME = "Access-Token";

    private AccessTokenHeader() {
    }

    static AccessToken require(String header) {
        if (header == null || header.isBlank() || header.strip().length() > AccessToken.MAX_LENGTH) {
            throw new NotAuthenticatedException();
        }
        return new AccessToken(header.strip());
    }
}
