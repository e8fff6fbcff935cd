package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import com.agentusage.domain.PrintableText;

/**
 * The rule shared by the senders' identifiers: present, short, printable. Length counts UTF-16 code units, as
 * H2 does (PostgreSQL counts code points, which are never more), so an id fits every store that takes it.
 */
final class Identifiers {

    private Identifiers() {
    }

    static void requireValid(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(field, field + " must not be empty");
        }
        if (value.length() > maxLength) {
            throw new InvalidParameterException(field, field + " must be at most " + maxLength + " characters");
        }
        PrintableText.require(field, value);
    }
}
