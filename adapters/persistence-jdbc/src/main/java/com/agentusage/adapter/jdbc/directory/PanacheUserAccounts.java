package com.agentusage.adapter.jdbc.directory;

import com.agentusage.adapter.jdbc.JdbcStorage;
import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import com.agentusage.adapter.jdbc.coherence.Remembered;
import com.agentusage.adapter.jdbc.coherence.StoreChange;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.TokenHash;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
@LookupIfProperty(name = JdbcStorage.SELECTED_BY, stringValue = JdbcStorage.NAME, lookupIfMissing = true)
public class PanacheUserAccounts implements UserAccounts {

    private final UserRepository repository;
    private final ChangeFeed changes;
    private final Remembered<String, Optional<User>> usersByToken;

    PanacheUserAccounts(UserRepository repository, ChangeFeed changes) {
        this.repository = repository;
        this.changes = changes;
        this.usersByToken = Remembered.accessAnswers(changes);
    }

    @Override
    public User create(String name, TokenHash token) {
        UserEntity entity = UserEntity.create(name, token);
        repository.persist(entity);
        changes.publish(new StoreChange.AccessChanged());
        return entity.toUser();
    }

    @Override
    public boolean replaceToken(UserId user, TokenHash token) {
        UserEntity entity = repository.findById(user.value());
        if (entity == null) {
            return false;
        }
        entity.tokenHash = token.hex();
        changes.publish(new StoreChange.AccessChanged());
        return true;
    }

    /**
     * Every request asks: remembered (ADR 0013), else found by the hash, the users' natural id (a natural-id
     * lookup skips query translation), then compared again in constant time before it is trusted.
     */
    @Override
    public Optional<User> findByToken(TokenHash token) {
        return usersByToken.get(token.hex(), hex -> repository.getEntityManager().unwrap(Session.class)
                .bySimpleNaturalId(UserEntity.class).loadOptional(hex)
                .filter(entity -> entity.token().matches(token))
                .map(UserEntity::toUser));
    }

    @Override
    public Optional<User> find(UserId user) {
        return repository.findByIdOptional(user.value()).map(UserEntity::toUser);
    }
}
