package com.agentusage.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Agents}, {@link UserAccounts} and {@link Permissions} must do. */
public abstract class DirectoryContract extends StorageContract {

    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract UserAccounts accounts();

    protected abstract Permissions permissions();

    private User newUser(AccessToken token) {
        return tx(() -> accounts().create("user", token.hash()));
    }

    @Test
    void givenAnAgent_whenAddedTwice_thenOnlyTheFirstIsAddedAndItExists() {
        AgentId id = newAgent();

        assertThat(tx(() -> agents().add(new Agent(id, "other name")))).isFalse();
        assertThat(tx(() -> agents().exists(id))).isTrue();
        assertThat(tx(() -> agents().exists(unusedAgentId()))).isFalse();
    }

    @Test
    void givenAUserCreatedWithATokenHash_whenLookingUpByThatToken_thenTheUserIsFound() {
        AccessToken token = AccessToken.generate(RANDOM);

        User user = newUser(token);

        assertThat(user.name()).isEqualTo("user");
        assertThat(tx(() -> accounts().findByToken(token.hash()))).contains(user);
        assertThat(tx(() -> accounts().find(user.id()))).contains(user);
        assertThat(tx(() -> accounts().findByToken(AccessToken.generate(RANDOM).hash()))).isEmpty();
    }

    @Test
    void givenNamesOfUnusualCharacters_whenStored_thenTheyAreReadBackAsGiven() {
        String name = "\ud83d\ude00 \u05e6\u05d5\u05d5\u05ea Zoe\u0308 \u00e9".repeat(8).strip();
        AccessToken token = AccessToken.generate(RANDOM);

        User user = tx(() -> accounts().create(name, token.hash()));

        assertThat(user.name()).isEqualTo(name);
        assertThat(tx(() -> accounts().findByToken(token.hash()))).map(User::name).contains(name);
        assertThat(tx(() -> accounts().find(user.id()))).map(User::name).contains(name);
    }

    @Test
    void givenTwoUsers_whenCreated_thenTheyHaveDistinctIds() {
        assertThat(newUser(AccessToken.generate(RANDOM)).id()).isNotEqualTo(newUser(AccessToken.generate(RANDOM)).id());
    }

    @Test
    void givenARotatedToken_whenLookingUp_thenOnlyTheNewTokenFindsTheUser() {
        AccessToken old = AccessToken.generate(RANDOM);
        AccessToken rotated = AccessToken.generate(RANDOM);
        User user = newUser(old);

        assertThat(tx(() -> accounts().replaceToken(user.id(), rotated.hash()))).isTrue();

        assertThat(tx(() -> accounts().findByToken(old.hash()))).isEmpty();
        assertThat(tx(() -> accounts().findByToken(rotated.hash()))).contains(user);
    }

    /** Implementations may remember answers (ADR 0013): each is asked before the change that must move it. */
    @Test
    void givenAnswersAlreadyAsked_whenTheDirectoryChanges_thenTheNextAnswersAreTheNewOnes() {
        AgentId agent = unusedAgentId();
        AccessToken old = AccessToken.generate(RANDOM);
        AccessToken rotated = AccessToken.generate(RANDOM);
        assertThat(tx(() -> agents().exists(agent))).isFalse();
        assertThat(tx(() -> accounts().findByToken(old.hash()))).isEmpty();
        User user = newUser(old);
        assertThat(tx(() -> agents().add(new Agent(agent, "asked about before")))).isTrue();
        assertThat(tx(() -> permissions().levelOf(agent, user.id()))).isEmpty();

        tx(() -> {
            permissions().grant(agent, user.id(), AccessLevel.VIEW);
            return null;
        });
        assertThat(tx(() -> agents().exists(agent))).isTrue();
        assertThat(tx(() -> accounts().findByToken(old.hash()))).contains(user);
        assertThat(tx(() -> permissions().levelOf(agent, user.id()))).contains(AccessLevel.VIEW);

        tx(() -> accounts().replaceToken(user.id(), rotated.hash()));
        tx(() -> permissions().revoke(agent, user.id()));

        assertThat(tx(() -> accounts().findByToken(old.hash()))).isEmpty();
        assertThat(tx(() -> accounts().findByToken(rotated.hash()))).contains(user);
        assertThat(tx(() -> permissions().levelOf(agent, user.id()))).isEmpty();
    }

    @Test
    void givenNoSuchUser_whenReplacingItsToken_thenNothingIsReplaced() {
        assertThat(tx(() -> accounts().replaceToken(UserId.of(Long.MAX_VALUE), AccessToken.generate(RANDOM).hash()))).isFalse();
        assertThat(tx(() -> accounts().find(UserId.of(Long.MAX_VALUE)))).isEmpty();
    }

    @Test
    void givenAGrant_whenGrantedAgainWithAnotherLevel_thenTheNewLevelReplacesTheOld() {
        AgentId agent = newAgent();
        User user = newUser(AccessToken.generate(RANDOM));

        tx(() -> {
            permissions().grant(agent, user.id(), AccessLevel.VIEW);
            return null;
        });
        tx(() -> {
            permissions().grant(agent, user.id(), AccessLevel.OWNER);
            return null;
        });

        assertThat(tx(() -> permissions().levelOf(agent, user.id()))).contains(AccessLevel.OWNER);
    }

    @Test
    void givenAGrant_whenRevoked_thenTheUserHasNoLevelAndRevokingAgainChangesNothing() {
        AgentId agent = newAgent();
        AgentId other = newAgent();
        User user = newUser(AccessToken.generate(RANDOM));
        tx(() -> {
            permissions().grant(agent, user.id(), AccessLevel.EDIT);
            permissions().grant(other, user.id(), AccessLevel.VIEW);
            return null;
        });

        assertThat(tx(() -> permissions().revoke(agent, user.id()))).isTrue();

        assertThat(tx(() -> permissions().levelOf(agent, user.id()))).isEmpty();
        assertThat(tx(() -> permissions().levelOf(other, user.id()))).contains(AccessLevel.VIEW);
        assertThat(tx(() -> permissions().revoke(agent, user.id()))).isFalse();
    }

    @Test
    void givenGrantsOnSeveralAgents_whenListingAUsersAgents_thenEachOfItsGrantsIsListedWithItsLevelInIdOrder() {
        AgentId lower = newAgent();
        AgentId higher = newAgent();
        AgentId othersOnly = newAgent();
        User user = newUser(AccessToken.generate(RANDOM));
        User other = newUser(AccessToken.generate(RANDOM));
        tx(() -> {
            permissions().grant(higher, user.id(), AccessLevel.OWNER);
            permissions().grant(lower, user.id(), AccessLevel.VIEW);
            permissions().grant(othersOnly, other.id(), AccessLevel.EDIT);
            return null;
        });

        List<AgentAccess> listed = tx(() -> permissions().grantedTo(user.id()));

        assertThat(listed).containsExactly(
                new AgentAccess(new Agent(lower, "contract agent " + lower), AccessLevel.VIEW),
                new AgentAccess(new Agent(higher, "contract agent " + higher), AccessLevel.OWNER));
        assertThat(tx(() -> permissions().grantedTo(newUser(AccessToken.generate(RANDOM)).id()))).isEmpty();
    }

    /** As access answers may be remembered (ADR 0013), the list is asked before each change that must move it. */
    @Test
    void givenAListAlreadyAsked_whenGrantsAreAddedChangedAndRevoked_thenTheNextListShowsEachChange() {
        AgentId agent = newAgent();
        User user = newUser(AccessToken.generate(RANDOM));
        Agent registered = new Agent(agent, "contract agent " + agent);
        assertThat(tx(() -> permissions().grantedTo(user.id()))).isEmpty();

        tx(() -> {
            permissions().grant(agent, user.id(), AccessLevel.VIEW);
            return null;
        });
        assertThat(tx(() -> permissions().grantedTo(user.id()))).containsExactly(new AgentAccess(registered, AccessLevel.VIEW));

        tx(() -> {
            permissions().grant(agent, user.id(), AccessLevel.EDIT);
            return null;
        });
        assertThat(tx(() -> permissions().grantedTo(user.id()))).containsExactly(new AgentAccess(registered, AccessLevel.EDIT));

        tx(() -> permissions().revoke(agent, user.id()));
        assertThat(tx(() -> permissions().grantedTo(user.id()))).isEmpty();
    }
}
