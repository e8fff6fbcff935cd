package com.agentusage.application.port.in;

/**
 * The use case cannot be carried out right now: the store it needs cannot be reached, or the upstream that hosts
 * the agent is being left alone after repeated failures. Retrying after {@link #retryAfterSeconds()} is safe:
 * recording events is idempotent, and everything else is a read or an idempotent write.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final long retryAfterSeconds;

    public ServiceUnavailableException(String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When trying again may succeed, in whole seconds. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
