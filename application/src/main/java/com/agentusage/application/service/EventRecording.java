package com.agentusage.application.service;

import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.EventStore.AppendOutcome;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.event.AgentEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Stores a batch of events in one transaction, after checking the caller may edit the agent. */
public final class EventRecording implements RecordEvents {

    /** Clocks drift, but an event a day ahead of ours is a sender's bug, not drift. */
    public static final Duration MAX_FUTURE = Duration.ofHours(24);

    private final AccessGuard guard;
    private final EventStore store;
    private final CurrentTime time;
    private final UnitOfWork unitOfWork;

    public EventRecording(AccessGuard guard, EventStore store, CurrentTime time, Transactions transactions) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.store = Objects.requireNonNull(store, "store");
        this.time = Objects.requireNonNull(time, "time");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public RecordingResult record(RecordEventsCommand command) {
        AppendOutcome outcome = unitOfWork.call(() -> {
            guard.requireAccess(command.token(), command.agent(), AccessLevel.TO_RECORD_EVENTS, "send its events");
            rejectFutureEvents(command.batch().events());
            return store.append(command.agent(), command.batch());
        });
        return new RecordingResult(outcome.stored(), outcome.duplicates());
    }

    private void rejectFutureEvents(List<AgentEvent> events) {
        Instant latest = time.now().plus(MAX_FUTURE);
        List<EventProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).at().isAfter(latest)) {
                problems.add(new EventProblem(i, "timestamp is more than 24 hours in the future"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventsException(problems);
        }
    }
}
