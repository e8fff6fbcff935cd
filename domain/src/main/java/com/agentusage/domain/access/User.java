package com.agentusage.domain.access;

import java.util.Objects;

/** Someone who reads or feeds agents' usage with an access token. */
public record User(UserId id, String name) {

    public static final int MAX_NAME_LENGTH = 200;

    public User {
        Objects.requireNonNull(id, "id");
        name = checkedName(name);
    }

    /** A valid user name, trimmed; for commands that name a user before it exists. */
    public static String checkedName(String name) {
        return Names.requireValid(name, MAX_NAME_LENGTH);
    }
}
