package com.agentusage.domain;

import java.util.Objects;

/**
 * A caller gave a value the contract does not accept. It names the parameter so that an adapter
 * can tell the caller exactly what to fix; the message is written for that caller.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    public String parameter() {
        return parameter;
    }
}
