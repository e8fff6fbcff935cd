package com.agentusage.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AccessDeniedException;
import com.agentusage.application.port.in.InvalidEventsException;
import com.agentusage.application.port.in.InvalidEventsException.EventProblem;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RecordingResult;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.EventStore.AppendOutcome;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.event.Message;
import com.agentusage.domain.event.SessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EventRecordingTest {

    private static final AgentId AGENT = AgentId.of(20001);
    private static final AccessToken TOKEN = new AccessToken("editor-token");
    private static final User EDITOR = new User(UserId.of(3), "editor");
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    @Mock UserAccounts accounts;
    @Mock Agents agents;
    @Mock Permissions permissions;
    @Mock EventStore store;
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private EventRecording recording;

    @BeforeEach
    void wire() {
        recording = new EventRecording(new AccessGuard(accounts, agents, permissions), store, () -> NOW, transactions);
        when(accounts.findByToken(TOKEN.hash())).thenReturn(Optional.of(EDITOR));
        when(agents.exists(AGENT)).thenReturn(true);
    }

    private static Message messageAt(String id, Instant at) {
        return Message.successful(EventId.of(id), SessionId.of("s"), at);
    }

    @Test
    void givenAnEditor_whenRecordingABatch_thenTheStoreTakesItInOneTransactionAndItsOutcomeIsReported() {
        when(permissions.levelOf(AGENT, EDITOR.id())).thenReturn(Optional.of(AccessLevel.EDIT));
        EventBatch batch = EventBatch.of(List.of(messageAt("a", NOW), messageAt("b", NOW.plus(EventRecording.MAX_FUTURE))));
        when(store.append(AGENT, batch)).thenReturn(new AppendOutcome(1, 1));

        RecordingResult result = recording.record(new RecordEventsCommand(AGENT, TOKEN, batch));

        assertThat(result).isEqualTo(new RecordingResult(1, 1));
        assertThat(transactions.opened()).isEqualTo(1);
    }

    @Test
    void givenAViewer_whenRecording_thenAccessIsDeniedAndNothingIsStored() {
        when(permissions.levelOf(AGENT, EDITOR.id())).thenReturn(Optional.of(AccessLevel.VIEW));
        EventBatch batch = EventBatch.of(List.of(messageAt("a", NOW)));

        assertThatThrownBy(() -> recording.record(new RecordEventsCommand(AGENT, TOKEN, batch)))
                .isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(store);
    }

    @Test
    void givenAnEventMoreThanADayAhead_whenRecording_thenTheBatchIsRejectedNamingItsIndexAndNothingIsStored() {
        when(permissions.levelOf(AGENT, EDITOR.id())).thenReturn(Optional.of(AccessLevel.OWNER));
        EventBatch batch = EventBatch.of(List.of(messageAt("a", NOW), messageAt("b", NOW.plus(Duration.ofHours(24)).plusMillis(1))));

        assertThatThrownBy(() -> recording.record(new RecordEventsCommand(AGENT, TOKEN, batch)))
                .isInstanceOfSatisfying(InvalidEventsException.class, e -> assertThat(e.problems())
                        .containsExactly(new EventProblem(1, "timestamp is more than 24 hours in the future")));
        verifyNoInteractions(store);
    }
}
