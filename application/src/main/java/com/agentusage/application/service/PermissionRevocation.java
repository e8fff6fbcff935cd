package com.agentusage.application.service;

import com.agentusage.application.port.in.RevokePermission;
import com.agentusage.application.port.in.RevokePermissionCommand;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import java.util.Objects;

/** Revoking is idempotent: revoking a permission that is not there leaves the same state as revoking it. */
public final class PermissionRevocation implements RevokePermission {

    private final Permissions permissions;
    private final Transactions transactions;

    public PermissionRevocation(Permissions permissions, Transactions transactions) {
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void revoke(RevokePermissionCommand command) {
        transactions.inTransaction(() -> {
            permissions.revoke(command.agent(), command.user());
        });
    }
}
