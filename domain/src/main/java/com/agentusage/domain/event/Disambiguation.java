package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.util.Locale;

/**
 * What the user did when an ambiguous answer offered options. Senders name it in lower case:
 * option_selected, none_of_the_above, no_selection.
 */
public enum Disambiguation {
    OPTION_SELECTED,
    /** The user said none of the options fit: the contract calls the message "mismatched". */
    NONE_OF_THE_ABOVE,
    NO_SELECTION;

    public static Disambiguation named(String name) {
        for (Disambiguation result : values()) {
            if (result.name().toLowerCase(Locale.ROOT).equals(name)) {
                return result;
            }
        }
        throw new InvalidParameterException("disambiguation",
                "disambiguation must be \"option_selected\", \"none_of_the_above\" or \"no_selection\"");
    }

    public boolean mismatched() {
        return this == NONE_OF_THE_ABOVE;
    }
}
