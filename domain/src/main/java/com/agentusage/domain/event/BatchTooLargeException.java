package com.agentusage.domain.event;

/** More events than one batch may carry. */
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int size) {
        super("a batch holds at most " + EventBatch.MAX_EVENTS + " events, got " + size);
    }

    /** For a reader that stops at the first event too many, without counting the rest. */
    public BatchTooLargeException() {
        super("a batch holds at most " + EventBatch.MAX_EVENTS + " events");
    }
}
