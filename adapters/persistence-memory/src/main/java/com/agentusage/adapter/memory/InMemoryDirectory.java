package com.agentusage.adapter.memory;

import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.TokenHash;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agents, users with their token hashes, and permissions, in maps. */
@Singleton
@LookupIfProperty(name = MemoryStorage.SELECTED_BY, stringValue = MemoryStorage.NAME)
public final class InMemoryDirectory implements Agents, UserAccounts, Permissions {

    private record Grant(AgentId agent, UserId user) {
    }

    private record Account(User user, TokenHash token) {
    }

    private final Map<AgentId, Agent> agents = new HashMap<>();
    private final Map<UserId, Account> accounts = new HashMap<>();
    private final Map<Grant, AccessLevel> grants = new HashMap<>();
    private long lastUserId;

    @Override
    public synchronized boolean add(Agent agent) {
        return agents.putIfAbsent(agent.id(), agent) == null;
    }

    @Override
    public synchronized boolean exists(AgentId id) {
        return agents.containsKey(id);
    }

    @Override
    public synchronized User create(String name, TokenHash token) {
        User user = new User(UserId.of(++lastUserId), name);
        accounts.put(user.id(), new Account(user, token));
        return user;
    }

    @Override
    public synchronized boolean replaceToken(UserId user, TokenHash token) {
        return accounts.computeIfPresent(user, (id, account) -> new Account(account.user(), token)) != null;
    }

    @Override
    public synchronized Optional<User> findByToken(TokenHash token) {
        return accounts.values().stream().filter(account -> account.token().matches(token)).map(Account::user).findFirst();
    }

    @Override
    public synchronized Optional<User> find(UserId user) {
        return Optional.ofNullable(accounts.get(user)).map(Account::user);
    }

    @Override
    public synchronized void grant(AgentId agent, UserId user, AccessLevel level) {
        grants.put(new Grant(agent, user), level);
    }

    @Override
    public synchronized boolean revoke(AgentId agent, UserId user) {
        return grants.remove(new Grant(agent, user)) != null;
    }

    @Override
    public synchronized Optional<AccessLevel> levelOf(AgentId agent, UserId user) {
        return Optional.ofNullable(grants.get(new Grant(agent, user)));
    }

    @Override
    public synchronized List<AgentAccess> grantedTo(UserId user) {
        return grants.entrySet().stream()
                .filter(grant -> grant.getKey().user().equals(user))
                .map(grant -> new AgentAccess(agents.get(grant.getKey().agent()), grant.getValue()))
                .sorted(Comparator.comparingLong(access -> access.agent().id().value()))
                .toList();
    }
}
