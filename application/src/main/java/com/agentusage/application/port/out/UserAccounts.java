package com.agentusage.application.port.out;

import com.agentusage.domain.access.TokenHash;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import java.util.Optional;

/** Users and the hashes of their current access tokens; a plain token is never handed to this port. */
public interface UserAccounts {

    User create(String name, TokenHash token);

    /** Replaces the user's token hash; false when there is no such user. */
    boolean replaceToken(UserId user, TokenHash token);

    Optional<User> findByToken(TokenHash token);

    Optional<User> find(UserId user);
}
