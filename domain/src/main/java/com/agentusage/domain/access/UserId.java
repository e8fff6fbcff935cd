package com.agentusage.domain.access;

import com.agentusage.domain.InvalidParameterException;

/** A user of this service, identified by the number the service gave it. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new InvalidParameterException("user_id", "user_id must be a positive integer");
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
