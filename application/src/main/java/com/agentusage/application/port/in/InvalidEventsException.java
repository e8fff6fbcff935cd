package com.agentusage.application.port.in;

import java.util.List;

/** A batch with at least one invalid event: nothing of it was stored. */
public class InvalidEventsException extends RuntimeException {

    /** What is wrong with the event at {@code index} of the batch. */
    public record EventProblem(int index, String error) {
    }

    private final List<EventProblem> problems;

    public InvalidEventsException(List<EventProblem> problems) {
        super(problems.size() + " of the events are invalid; none was stored");
        this.problems = List.copyOf(problems);
    }

    public List<EventProblem> problems() {
        return problems;
    }
}
