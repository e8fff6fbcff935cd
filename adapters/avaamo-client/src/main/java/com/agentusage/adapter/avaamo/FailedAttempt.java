package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException.Kind;

/**
 * One attempt to call the upstream that failed before its answer could be judged: refused here (call limit, pause,
 * open circuit), paused by the upstream's 429, or a failure of the upstream worth another attempt (a 5xx answer,
 * no connection, an answer that broke off).
 */
final class FailedAttempt extends RuntimeException {

    private final Outcome.Failed failure;
    private final boolean retryable;

    private FailedAttempt(Outcome.Failed failure, boolean retryable) {
        super(failure.message(), null, false, false);
        this.failure = failure;
        this.retryable = retryable;
    }

    static FailedAttempt retryable(String message) {
        return new FailedAttempt(Outcome.Failed.of(Kind.FAILED, message), true);
    }

    static FailedAttempt of(Outcome.Failed failure) {
        return new FailedAttempt(failure, false);
    }

    /** Whether another attempt may help: the upstream failed or could not be reached, or its answer broke off. */
    static boolean isRetryable(Throwable failure) {
        return failure instanceof FailedAttempt attempt && attempt.retryable;
    }

    Outcome.Failed failure() {
        return failure;
    }
}
