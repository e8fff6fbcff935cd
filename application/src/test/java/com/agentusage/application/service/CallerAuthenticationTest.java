package com.agentusage.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AuthenticationQuery;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.StorageUnavailableException;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CallerAuthenticationTest {

    private static final AccessToken TOKEN = new AccessToken("a-token");
    private static final User ALICE = new User(UserId.of(7), "alice");

    @Mock UserAccounts accounts;
    @Mock Agents agents;
    @Mock Permissions permissions;
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private CallerAuthentication authentication;

    @BeforeEach
    void wire() {
        authentication = new CallerAuthentication(new AccessGuard(accounts, agents, permissions), transactions);
    }

    @Test
    void givenAUsersToken_whenAuthenticated_thenItIsThatUserLookedUpByTheHashInOneUnitOfWork() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(ALICE));

        assertThat(authentication.authenticate(new AuthenticationQuery(TOKEN))).isEqualTo(ALICE);
        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void givenATokenNobodyHolds_whenAuthenticated_thenTheCallerIsNotAuthenticated() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> authentication.authenticate(new AuthenticationQuery(TOKEN)))
                .isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void givenAStoreThatCannotBeReached_whenAuthenticating_thenTheCallerIsToldToComeBack() {
        authentication = new CallerAuthentication(new AccessGuard(accounts, agents, permissions), new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw new StorageUnavailableException(new SQLException("connection refused", "08001"));
            }
        });

        assertThatThrownBy(() -> authentication.authenticate(new AuthenticationQuery(TOKEN)))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, unavailable ->
                        assertThat(unavailable.retryAfterSeconds()).isEqualTo(UnitOfWork.STORAGE_RETRY_AFTER_SECONDS));
    }
}
