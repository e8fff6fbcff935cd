package com.agentusage.application.port.in;

import com.agentusage.domain.access.AgentAccess;
import java.util.List;

/**
 * Use case: the agents a caller may view, each with the caller's level on it, in the order of their ids.
 * Agents served by an upstream are listed like any other: they are registered here too.
 */
public interface ListViewableAgents {

    List<AgentAccess> agents(ViewableAgentsQuery query);
}
