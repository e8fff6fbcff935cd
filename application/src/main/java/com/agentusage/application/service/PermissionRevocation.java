package com.agentusage.application.service;

import com.agentusage.application.port.in.RevokePermission;
import com.agentusage.application.port.in.RevokePermissionCommand;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import java.util.Objects;

/** Revoking is idempotent: revoking a permission that is not there leaves the same state as revoking it. */
public final class PermissionRevocation implements RevokePermission {

    private final Permissions permissions;
    private final UnitOfWork unitOfWork;

    public PermissionRevocation(Permissions permissions, Transactions transactions) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public void revoke(RevokePermissionCommand command) {
        unitOfWork.run(() -> {
            permissions.revoke(command.agent(), command.user());
        });
    }
}
