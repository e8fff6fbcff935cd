package com.agentusage.application.service;

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

public final class TokenRotation implements RotateToken {

    private final UserAccounts accounts;
    private final RandomGenerator tokenRandom;
    private final Transactions transactions;

    /** @param tokenRandom a cryptographically strong generator, such as {@link java.security.SecureRandom} */
    public TokenRotation(UserAccounts accounts, RandomGenerator tokenRandom, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokenRandom = Objects.requireNonNull(tokenRandom, "tokenRandom");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public IssuedCredentials rotate(RotateTokenCommand command) {
        AccessToken token = AccessToken.generate(tokenRandom);
        User user = transactions.inTransaction(() -> {
            if (!accounts.replaceToken(command.user(), token.hash())) {
                throw new UserNotFoundException(command.user());
            }
            return accounts.find(command.user()).orElseThrow(() -> new UserNotFoundException(command.user()));
        });
        return new IssuedCredentials(user, token);
    }
}
