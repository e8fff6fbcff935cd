package com.agentusage.adapter.jdbc.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "permission")
@IdClass(PermissionEntity.Key.class)
class PermissionEntity extends PanacheEntityBase {

    record Key(Long agentId, Long userId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "agent_id")
    public Long agentId;

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(length = 8)
    public String level;
}
