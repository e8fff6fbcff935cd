package com.agentusage.domain.event;

/** What the user did when an ambiguous answer offered options. */
public enum Disambiguation {
    OPTION_SELECTED,
    /** The user said none of the options fit: the contract calls the message "mismatched". */
    NONE_OF_THE_ABOVE,
    NO_SELECTION;

    public boolean mismatched() {
        return this == NONE_OF_THE_ABOVE;
    }
}
