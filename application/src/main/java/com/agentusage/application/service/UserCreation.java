package com.agentusage.application.service;

import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.User;
import java.util.Objects;
import java.util.random.RandomGenerator;

public final class UserCreation implements CreateUser {

    private final UserAccounts accounts;
    private final RandomGenerator tokenRandom;
    private final Transactions transactions;

    /** @param tokenRandom a cryptographically strong generator, such as {@link java.security.SecureRandom} */
    public UserCreation(UserAccounts accounts, RandomGenerator tokenRandom, Transactions transactions) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.tokenRandom = Objects.requireNonNull(tokenRandom, "tokenRandom");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public IssuedCredentials create(CreateUserCommand command) {
        AccessToken token = AccessToken.generate(tokenRandom);
        User user = transactions.inTransaction(() -> accounts.create(command.name(), token.hash()));
        return new IssuedCredentials(user, token);
    }
}
