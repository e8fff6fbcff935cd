package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.util.Locale;

/** How the agent answered a message. Senders name it in lower case: successful, unhandled, ambiguous. */
public enum Outcome {
    SUCCESSFUL,
    UNHANDLED,
    AMBIGUOUS;

    public static Outcome named(String name) {
        for (Outcome outcome : values()) {
            if (outcome.name().toLowerCase(Locale.ROOT).equals(name)) {
                return outcome;
            }
        }
        throw new InvalidParameterException("outcome", "outcome must be \"successful\", \"unhandled\" or \"ambiguous\"");
    }
}
