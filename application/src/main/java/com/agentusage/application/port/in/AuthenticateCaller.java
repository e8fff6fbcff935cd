package com.agentusage.application.port.in;

import com.agentusage.domain.access.User;

/**
 * Use case: the user a token belongs to. A driving adapter asks before it does any work for a request, so that
 * it can refuse strangers before reading their input and count each user's requests as that user's.
 */
public interface AuthenticateCaller {

    /** @throws NotAuthenticatedException when no user holds the token (never issued, or rotated away) */
    User authenticate(AuthenticationQuery query);
}
