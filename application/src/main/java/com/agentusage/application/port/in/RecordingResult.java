package com.agentusage.application.port.in;

/** How a batch was taken: events newly stored, and events whose id the agent already had (left unchanged). */
public record RecordingResult(int accepted, int duplicates) {

    public RecordingResult {
        if (accepted < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}
