package com.agentusage.adapter.dashboard;

import com.agentusage.domain.access.AgentAccess;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/** The agents the page offers to choose from. */
record AgentsView(@JsonProperty("agents") List<Entry> agents) {

    record Entry(@JsonProperty("id") long id, @JsonProperty("name") String name, @JsonProperty("level") String level) {
    }

    static AgentsView of(List<AgentAccess> viewable) {
        return new AgentsView(viewable.stream()
                .map(access -> new Entry(access.agent().id().value(), access.agent().name(),
                        access.level().name().toLowerCase(Locale.ROOT)))
                .toList());
    }
}
