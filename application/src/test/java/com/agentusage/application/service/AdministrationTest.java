package com.agentusage.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AgentAlreadyExistsException;
import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.GrantPermissionCommand;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.in.RegisterAgentCommand;
import com.agentusage.application.port.in.RevokePermissionCommand;
import com.agentusage.application.port.in.RotateTokenCommand;
import com.agentusage.application.port.in.UserNotFoundException;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.TokenHash;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class AdministrationTest {

    private static final AgentId AGENT = AgentId.of(20001);
    private static final User ALICE = new User(UserId.of(1), "alice");

    @Mock Agents agents;
    @Mock UserAccounts accounts;
    @Mock Permissions permissions;
    private final ImmediateTransactions transactions = new ImmediateTransactions();

    @Test
    void givenANewAgentId_whenRegistering_thenTheAgentIsAdded() {
        when(agents.add(new Agent(AGENT, "Demo agent"))).thenReturn(true);

        Agent agent = new AgentRegistration(agents, transactions).register(new RegisterAgentCommand(AGENT, " Demo agent "));

        assertThat(agent).isEqualTo(new Agent(AGENT, "Demo agent"));
    }

    @Test
    void givenAnExistingAgentId_whenRegistering_thenItIsRefusedAsAlreadyExisting() {
        when(agents.add(any())).thenReturn(false);

        assertThatThrownBy(() -> new AgentRegistration(agents, transactions).register(new RegisterAgentCommand(AGENT, "again")))
                .isInstanceOf(AgentAlreadyExistsException.class).hasMessageContaining("20001");
    }

    @Test
    void givenAName_whenCreatingAUser_thenOnlyTheHashOfTheIssuedTokenReachesTheStore() {
        ArgumentCaptor<TokenHash> stored = ArgumentCaptor.forClass(TokenHash.class);
        when(accounts.create(eq("alice"), stored.capture())).thenReturn(ALICE);

        IssuedCredentials issued = new UserTokens(accounts, new SecureRandom(), transactions).create(new CreateUserCommand("alice"));

        assertThat(issued.user()).isEqualTo(ALICE);
        assertThat(issued.token().secret()).hasSize(64);
        assertThat(stored.getValue()).isEqualTo(issued.token().hash());
        assertThat(stored.getValue().hex()).isNotEqualTo(issued.token().secret());
    }

    @Test
    void givenAUser_whenRotatingItsToken_thenANewTokensHashReplacesTheOld() {
        ArgumentCaptor<TokenHash> stored = ArgumentCaptor.forClass(TokenHash.class);
        when(accounts.replaceToken(eq(ALICE.id()), stored.capture())).thenReturn(true);
        when(accounts.find(ALICE.id())).thenReturn(Optional.of(ALICE));

        IssuedCredentials issued = new UserTokens(accounts, new SecureRandom(), transactions).rotate(new RotateTokenCommand(ALICE.id()));

        assertThat(stored.getValue()).isEqualTo(issued.token().hash());
    }

    @Test
    void givenAnUnknownUser_whenRotatingItsToken_thenTheUserIsNotFound() {
        when(accounts.replaceToken(any(), any())).thenReturn(false);

        assertThatThrownBy(() -> new UserTokens(accounts, new SecureRandom(), transactions).rotate(new RotateTokenCommand(UserId.of(99))))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void givenAnAgentAndAUser_whenGranting_thenTheLevelIsStored() {
        when(agents.exists(AGENT)).thenReturn(true);
        when(accounts.find(ALICE.id())).thenReturn(Optional.of(ALICE));

        new PermissionGranting(agents, accounts, permissions, transactions)
                .grant(new GrantPermissionCommand(AGENT, ALICE.id(), AccessLevel.EDIT));

        verify(permissions).grant(AGENT, ALICE.id(), AccessLevel.EDIT);
    }

    @Test
    void givenAMissingAgent_whenGranting_thenNothingIsStored() {
        when(agents.exists(AGENT)).thenReturn(false);

        assertThatThrownBy(() -> new PermissionGranting(agents, accounts, permissions, transactions)
                .grant(new GrantPermissionCommand(AGENT, ALICE.id(), AccessLevel.VIEW)))
                .isInstanceOf(AgentNotFoundException.class);
        verifyNoInteractions(permissions);
    }

    @Test
    void givenAMissingUser_whenGranting_thenNothingIsStored() {
        when(agents.exists(AGENT)).thenReturn(true);
        when(accounts.find(ALICE.id())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new PermissionGranting(agents, accounts, permissions, transactions)
                .grant(new GrantPermissionCommand(AGENT, ALICE.id(), AccessLevel.VIEW)))
                .isInstanceOf(UserNotFoundException.class);
        verifyNoInteractions(permissions);
    }

    @Test
    void givenAPermission_whenRevoking_thenTheStoreRemovesItInATransaction() {
        new PermissionRevocation(permissions, transactions).revoke(new RevokePermissionCommand(AGENT, ALICE.id()));

        verify(permissions).revoke(AGENT, ALICE.id());
        assertThat(transactions.opened()).isEqualTo(1);
    }
}
