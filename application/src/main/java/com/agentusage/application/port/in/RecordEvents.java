package com.agentusage.application.port.in;

/** Use case: store a batch of an agent's events, each once, for a caller allowed to edit the agent. */
public interface RecordEvents {

    RecordingResult record(RecordEventsCommand command);
}
