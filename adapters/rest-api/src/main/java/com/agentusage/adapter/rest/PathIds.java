package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.UserNotFoundException;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;

/** Ids taken from a path: a segment that cannot be an id names nothing, so it is "not found". */
final class PathIds {

    private PathIds() {
    }

    static AgentId agent(String segment) {
        long value = positiveLong(segment);
        if (value <= 0) {
            throw new AgentNotFoundException();
        }
        return AgentId.of(value);
    }

    static UserId user(String segment) {
        long value = positiveLong(segment);
        if (value <= 0) {
            throw new UserNotFoundException();
        }
        return UserId.of(value);
    }

    private static long positiveLong(String segment) {
        if (segment == null || segment.length() > 19 || !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        try {
            return segment.isEmpty() ? -1 : Long.parseLong(segment);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
