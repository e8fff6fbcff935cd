package com.agentusage.application.service;

import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.GrantPermissionCommand;
import com.agentusage.application.port.in.UserNotFoundException;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UserAccounts;
import java.util.Objects;

public final class PermissionGranting implements GrantPermission {

    private final Agents agents;
    private final UserAccounts accounts;
    private final Permissions permissions;
    private final UnitOfWork unitOfWork;

    public PermissionGranting(Agents agents, UserAccounts accounts, Permissions permissions, Transactions transactions) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public void grant(GrantPermissionCommand command) {
        unitOfWork.run(() -> {
            if (!agents.exists(command.agent())) {
                throw new AgentNotFoundException();
            }
            if (accounts.find(command.user()).isEmpty()) {
                throw new UserNotFoundException(command.user());
            }
            permissions.grant(command.agent(), command.user(), command.level());
        });
    }
}
