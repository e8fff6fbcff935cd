package com.agentusage.application.service;

import com.agentusage.application.port.in.AgentAlreadyExistsException;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.application.port.in.RegisterAgentCommand;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.domain.access.Agent;
import java.util.Objects;

public final class AgentRegistration implements RegisterAgent {

    private final Agents agents;
    private final UnitOfWork unitOfWork;

    public AgentRegistration(Agents agents, Transactions transactions) {
        this.agents = Objects.requireNonNull(agents, "agents");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public Agent register(RegisterAgentCommand command) {
        Agent agent = command.agent();
        if (!unitOfWork.call(() -> agents.add(agent))) {
            throw new AgentAlreadyExistsException(agent.id());
        }
        return agent;
    }
}
