package com.agentusage.adapter.jdbc.events;

import com.agentusage.domain.event.AgentEvent;
import java.util.List;

/** A batch turned into one array per column, as the array-based statements take it. */
record EventColumns(String[] ids, Long[] times, String[] sessions, EventKind[] kinds) {

    static EventColumns of(List<AgentEvent> events) {
        int size = events.size();
        String[] ids = new String[size];
        Long[] times = new Long[size];
        String[] sessions = new String[size];
        EventKind[] kinds = new EventKind[size];
        for (int i = 0; i < size; i++) {
            AgentEvent event = events.get(i);
            ids[i] = event.id().value();
            times[i] = event.epochMillis();
            sessions[i] = event.session().value();
            kinds[i] = EventKind.of(event);
        }
        return new EventColumns(ids, times, sessions, kinds);
    }

    /** The kinds as their codes, as the kind column holds them. */
    Short[] kindCodes() {
        Short[] codes = new Short[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            codes[i] = kinds[i].code;
        }
        return codes;
    }

    int size() {
        return ids.length;
    }

    /** The given rows only, in the given order. */
    EventColumns rows(List<Integer> indexes) {
        int size = indexes.size();
        String[] someIds = new String[size];
        Long[] someTimes = new Long[size];
        String[] someSessions = new String[size];
        EventKind[] someKinds = new EventKind[size];
        for (int i = 0; i < size; i++) {
            int row = indexes.get(i);
            someIds[i] = ids[row];
            someTimes[i] = times[row];
            someSessions[i] = sessions[row];
            someKinds[i] = kinds[row];
        }
        return new EventColumns(someIds, someTimes, someSessions, someKinds);
    }
}
