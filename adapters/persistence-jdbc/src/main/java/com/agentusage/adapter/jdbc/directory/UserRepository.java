package com.agentusage.adapter.jdbc.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class UserRepository implements PanacheRepositoryBase<UserEntity, Long> {
}
