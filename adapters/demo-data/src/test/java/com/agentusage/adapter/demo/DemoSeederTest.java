package com.agentusage.adapter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AgentAlreadyExistsException;
import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.GrantPermissionCommand;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import com.agentusage.domain.event.EventBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DemoSeederTest {

    private static final AgentId AGENT = AgentId.of(20001);
    private static final Instant NOW = Instant.parse("2024-03-31T15:00:00Z");
    private static final DemoTraffic TRAFFIC = new DemoTraffic(42, 300);

    @Mock RegisterAgent registerAgent;
    @Mock CreateUser createUser;
    @Mock GrantPermission grantPermission;
    @Mock RecordEvents recordEvents;

    private DemoSeeder seeder() {
        return new DemoSeeder(registerAgent, createUser, grantPermission, recordEvents);
    }

    @Test
    void givenNoDemoAgent_whenSeeding_thenAFeederAndAViewerAreMadeAndAMonthOfTrafficIsSentInFullBatches() {
        AccessToken feeder = new AccessToken("feeder");
        AccessToken viewer = new AccessToken("viewer");
        when(createUser.create(new CreateUserCommand("Demo feeder")))
                .thenReturn(new IssuedCredentials(new User(UserId.of(1), "Demo feeder"), feeder));
        when(createUser.create(new CreateUserCommand("Demo viewer")))
                .thenReturn(new IssuedCredentials(new User(UserId.of(2), "Demo viewer"), viewer));

        Optional<DemoSeeder.Seeded> seeded = seeder().seed(AGENT, TRAFFIC, 30, NOW);

        verify(grantPermission).grant(new GrantPermissionCommand(AGENT, UserId.of(1), AccessLevel.EDIT));
        verify(grantPermission).grant(new GrantPermissionCommand(AGENT, UserId.of(2), AccessLevel.VIEW));
        ArgumentCaptor<RecordEventsCommand> sent = ArgumentCaptor.forClass(RecordEventsCommand.class);
        verify(recordEvents, atLeastOnce()).record(sent.capture());
        List<EventBatch> batches = sent.getAllValues().stream().map(RecordEventsCommand::batch).toList();
        assertThat(sent.getAllValues()).allMatch(command -> command.token().equals(feeder));
        assertThat(batches.subList(0, batches.size() - 1)).allMatch(batch -> batch.size() == EventBatch.MAX_EVENTS);
        int expected = 0;
        for (LocalDate day = LocalDate.of(2024, 3, 1); !day.isAfter(LocalDate.of(2024, 3, 31)); day = day.plusDays(1)) {
            expected += TRAFFIC.day(day, NOW).size();
        }
        assertThat(batches.stream().mapToInt(EventBatch::size).sum()).isEqualTo(expected);
        Set<Object> ids = new HashSet<>();
        batches.forEach(batch -> batch.events().forEach(event -> ids.add(event.id())));
        assertThat(ids).hasSize(expected);
        assertThat(seeded).contains(new DemoSeeder.Seeded(AGENT, viewer, expected));
    }

    @Test
    void givenTheDemoAgentExists_whenSeedingAgain_thenNothingIsCreatedOrSent() {
        when(registerAgent.register(any())).thenThrow(new AgentAlreadyExistsException(AGENT));

        assertThat(seeder().seed(AGENT, TRAFFIC, 30, NOW)).isEmpty();

        verifyNoInteractions(createUser, grantPermission, recordEvents);
    }
}
