package com.agentusage.adapter.persistence;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;

/**
 * An event's kind as one small number, so that every count of a window is a range test on one column
 * of the covering index. The codes are part of the schema: never renumber them.
 */
final class EventKind {

    static final short SUCCESSFUL = 0;
    static final short UNHANDLED = 1;
    static final short OPTION_SELECTED = 2;
    static final short MISMATCHED = 3;
    static final short NO_SELECTION = 4;
    static final short INTERVENTION = 5;

    private EventKind() {
    }

    static short of(AgentEvent event) {
        return switch (event) {
            case Intervention intervention -> INTERVENTION;
            case Message message -> switch (message.outcome()) {
                case SUCCESSFUL -> SUCCESSFUL;
                case UNHANDLED -> UNHANDLED;
                case AMBIGUOUS -> ambiguous(message.disambiguation().orElseThrow());
            };
        };
    }

    private static short ambiguous(Disambiguation result) {
        return switch (result) {
            case OPTION_SELECTED -> OPTION_SELECTED;
            case NONE_OF_THE_ABOVE -> MISMATCHED;
            case NO_SELECTION -> NO_SELECTION;
        };
    }
}
