package com.agentusage.application.service;

import com.agentusage.application.port.in.AuthenticateCaller;
import com.agentusage.application.port.in.AuthenticationQuery;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.domain.access.User;
import java.util.Objects;

/** Tells who a token belongs to, by the same lookup the access guard makes. */
public final class CallerAuthentication implements AuthenticateCaller {

    private final AccessGuard guard;
    private final UnitOfWork unitOfWork;

    public CallerAuthentication(AccessGuard guard, Transactions transactions) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public User authenticate(AuthenticationQuery query) {
        return unitOfWork.call(() -> guard.authenticate(query.token()));
    }
}
