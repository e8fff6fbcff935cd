package com.agentusage.adapter.jdbc.events;

import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.Disambiguation;
import com.agentusage.domain.event.Intervention;
import com.agentusage.domain.event.Message;

/**
 * An event's kind as stored in usage_event.kind: one small number, so that every count of a window is a test on
 * one column. The codes are part of the schema (migration V1 names them): never renumber them.
 */
enum EventKind {
    SUCCESSFUL(0),
    UNHANDLED(1),
    OPTION_SELECTED(2),
    /** Ambiguous, and the user chose "none of the above". */
    MISMATCHED(3),
    NO_SELECTION(4),
    INTERVENTION(5);

    final short code;

    EventKind(int code) {
        this.code = (short) code;
    }

    static EventKind of(AgentEvent event) {
        return switch (event) {
            case Intervention intervention -> INTERVENTION;
            case Message message -> switch (message.outcome()) {
                case SUCCESSFUL -> SUCCESSFUL;
                case UNHANDLED -> UNHANDLED;
                case AMBIGUOUS -> ambiguous(message.disambiguation().orElseThrow());
            };
        };
    }

    static EventKind ofCode(short code) {
        for (EventKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no event kind has the code " + code);
    }

    private static EventKind ambiguous(Disambiguation result) {
        return switch (result) {
            case OPTION_SELECTED -> OPTION_SELECTED;
            case NONE_OF_THE_ABOVE -> MISMATCHED;
            case NO_SELECTION -> NO_SELECTION;
        };
    }
}
