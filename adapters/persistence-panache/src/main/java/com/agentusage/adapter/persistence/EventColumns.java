package com.agentusage.adapter.persistence;

import com.agentusage.domain.event.AgentEvent;
import java.util.List;

/** A batch turned into one array per column, as the array-based insert takes it. */
record EventColumns(String[] ids, Long[] times, String[] sessions, Short[] kinds) {

    static EventColumns of(List<AgentEvent> events) {
        int size = events.size();
        String[] ids = new String[size];
        Long[] times = new Long[size];
        String[] sessions = new String[size];
        Short[] kinds = new Short[size];
        for (int i = 0; i < size; i++) {
            AgentEvent event = events.get(i);
            ids[i] = event.id().value();
            times[i] = event.epochMillis();
            sessions[i] = event.session().value();
            kinds[i] = EventKind.of(event);
        }
        return new EventColumns(ids, times, sessions, kinds);
    }
}
