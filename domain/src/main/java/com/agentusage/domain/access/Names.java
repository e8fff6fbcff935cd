package com.agentusage.domain.access;

import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.PrintableText;

/** Display names of agents and users: present, trimmed, bounded, printable. */
final class Names {

    private Names() {
    }

    static String requireValid(String name, int maxLength) {
        if (name == null || name.isBlank()) {
            throw new InvalidParameterException("name", "name must not be empty");
        }
        String trimmed = name.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidParameterException("name", "name must be at most " + maxLength + " characters");
        }
        PrintableText.require("name", trimmed);
        return trimmed;
    }
}
