package com.agentusage.application.port.out;

/**
 * The upstream that hosts an agent could not give its usage. The message is written for the caller and
 * never contains the upstream's credentials.
 */
public class UpstreamException extends RuntimeException {

    /** What went wrong, which decides what the caller is told. */
    public enum Kind {
        /** The upstream answered with an error or with a report that does not add up. */
        FAILED,
        /** The upstream did not answer in time. */
        TIMED_OUT,
        /**
         * The upstream is not being called for a while (it failed repeatedly), or too many callers already wait
         * for it.
         */
        UNAVAILABLE,
        /** This service's own limit of calls to the upstream is used up for now. */
        RATE_LIMITED
    }

    private final Kind kind;
    private final long retryAfterSeconds;

    public UpstreamException(Kind kind, String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static UpstreamException failed(String message) {
        return new UpstreamException(Kind.FAILED, message, 0, null);
    }

    public Kind kind() {
        return kind;
    }

    /** When calling again may succeed, in whole seconds; 0 when unknown. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
