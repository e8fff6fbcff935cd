package com.agentusage.adapter.persistence;

import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.TokenHash;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class PanacheUserAccounts implements UserAccounts {

    private final UserRepository repository;

    PanacheUserAccounts(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    public User create(String name, TokenHash token) {
        UserEntity entity = UserEntity.create(name, token);
        repository.persist(entity);
        return entity.toUser();
    }

    @Override
    public boolean replaceToken(UserId user, TokenHash token) {
        UserEntity entity = repository.findById(user.value());
        if (entity == null) {
            return false;
        }
        entity.tokenHash = token.hex();
        return true;
    }

    /**
     * Found by the hash, the users' natural id (every request asks, and a natural-id lookup skips query
     * translation), then compared again in constant time before it is trusted.
     */
    @Override
    public Optional<User> findByToken(TokenHash token) {
        return repository.getEntityManager().unwrap(Session.class).bySimpleNaturalId(UserEntity.class)
                .loadOptional(token.hex())
                .filter(entity -> entity.token().matches(token))
                .map(UserEntity::toUser);
    }

    @Override
    public Optional<User> find(UserId user) {
        return repository.findByIdOptional(user.value()).map(UserEntity::toUser);
    }
}
