package com.agentusage.application.service;

import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.in.RotateToken;
import com.agentusage.application.port.in.RotateTokenCommand;
import com.agentusage.application.port.in.UserNotFoundException;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.User;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The two use cases that issue a token: creating a user, and rotating a user's token. Either way a fresh
 * token is generated here, only its hash is stored, and the token itself is handed back once.
 */
public final class UserTokens implements CreateUser, RotateToken {

    private final UserAccounts accounts;
    private final RandomGenerator tokenRandom;
    private final UnitOfWork unitOfWork;

    /** @param tokenRandom a cryptographically strong generator, such as {@link java.security.SecureRandom} */
    public UserTokens(UserAccounts accounts, RandomGenerator tokenRandom, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokenRandom = Objects.requireNonNull(tokenRandom, "tokenRandom");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public IssuedCredentials create(CreateUserCommand command) {
        AccessToken token = AccessToken.generate(tokenRandom);
        User user = unitOfWork.call(() -> accounts.create(command.name(), token.hash()));
        return new IssuedCredentials(user, token);
    }

    @Override
    public IssuedCredentials rotate(RotateTokenCommand command) {
        AccessToken token = AccessToken.generate(tokenRandom);
        User user = unitOfWork.call(() -> {
            if (!accounts.replaceToken(command.user(), token.hash())) {
                throw new UserNotFoundException(command.user());
            }
            return accounts.find(command.user()).orElseThrow(() -> new UserNotFoundException(command.user()));
        });
        return new IssuedCredentials(user, token);
    }
}
