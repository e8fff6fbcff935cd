package com.agentusage.adapter.jdbc.directory;

import com.agentusage.domain.access.TokenHash;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(name = "app_user")
class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Column(length = 200)
    public String name;

    /** Mutable: rotating a token replaces it. */
    @NaturalId(mutable = true)
    @Column(name = "token_hash", length = 64)
    public String tokenHash;

    static UserEntity create(String name, TokenHash token) {
        UserEntity entity = new UserEntity();
        entity.name = name;
        entity.tokenHash = token.hex();
        return entity;
    }

    User toUser() {
        return new User(UserId.of(id), name);
    }

    TokenHash token() {
        return TokenHash.fromStored(tokenHash);
    }
}
