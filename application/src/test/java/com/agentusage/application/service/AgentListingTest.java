package com.agentusage.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.in.ViewableAgentsQuery;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.StorageUnavailableException;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AgentListingTest {

    private static final AccessToken TOKEN = new AccessToken("lead-token");
    private static final User LEAD = new User(UserId.of(7), "team lead");
    private static final List<AgentAccess> GRANTED = List.of(
            new AgentAccess(new Agent(AgentId.of(20001), "Demo agent"), AccessLevel.VIEW),
            new AgentAccess(new Agent(AgentId.of(20002), "Upstream agent"), AccessLevel.OWNER));

    @Mock UserAccounts accounts;
    @Mock Agents agents;
    @Mock Permissions permissions;
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private AgentListing listing;

    @BeforeEach
    void wire() {
        listing = new AgentListing(new AccessGuard(accounts, agents, permissions), permissions, transactions);
    }

    @Test
    void givenAUserWithGrants_whenListing_thenEachGrantedAgentComesWithItsLevelFromOneTransaction() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(LEAD));
        when(permissions.grantedTo(LEAD.id())).thenReturn(GRANTED);

        List<AgentAccess> listed = listing.agents(new ViewableAgentsQuery(TOKEN));

        assertThat(listed).isEqualTo(GRANTED);
        assertThat(transactions.opened()).isEqualTo(1);
        verifyNoInteractions(agents);
    }

    @Test
    void givenAUserWithoutGrants_whenListing_thenTheListIsEmpty() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(LEAD));
        when(permissions.grantedTo(LEAD.id())).thenReturn(List.of());

        assertThat(listing.agents(new ViewableAgentsQuery(TOKEN))).isEmpty();
    }

    @Test
    void givenAnUnknownToken_whenListing_thenTheCallerIsNotAuthenticatedAndNoPermissionIsRead() {
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> listing.agents(new ViewableAgentsQuery(TOKEN)))
                .isInstanceOf(NotAuthenticatedException.class);
        verifyNoInteractions(permissions);
    }

    @Test
    void givenAStoreThatCannotBeReached_whenListing_thenTheServiceIsUnavailableForAFewSeconds() {
        listing = new AgentListing(new AccessGuard(accounts, agents, permissions), permissions, new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                throw new StorageUnavailableException(new SQLException("connection refused", "08001"));
            }
        });

        assertThatThrownBy(() -> listing.agents(new ViewableAgentsQuery(TOKEN)))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, unavailable ->
                        assertThat(unavailable.retryAfterSeconds()).isEqualTo(UnitOfWork.STORAGE_RETRY_AFTER_SECONDS));
    }

    @Test
    void givenNoToken_whenAQueryIsMade_thenItIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> new ViewableAgentsQuery(null)).withMessage("token");
    }
}
