package com.agentusage.application.port.in;

/**
 * The upstream that hosts the agent did not give its usage. The message is written for the caller and never
 * contains the upstream's credentials.
 */
public class UpstreamFailedException extends RuntimeException {

    /** How it failed, which decides what the caller is told. */
    public enum Kind {
        /** The upstream answered with an error, or with a report that does not add up. */
        FAILED,
        /** The upstream did not answer in time. */
        TIMED_OUT,
        /** Calls to the upstream are limited for now: by this service, or by the upstream itself. */
        RATE_LIMITED
    }

    private final Kind kind;
    private final long retryAfterSeconds;

    public UpstreamFailedException(Kind kind, String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** When asking again may succeed, in whole seconds; 0 when unknown. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
