package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;

/** The rule shared by the senders' identifiers: present, short, printable. */
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
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException(field, field + " must not contain control characters");
        }
    }
}
