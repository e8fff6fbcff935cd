package com.agentusage.adapter.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.agentusage.application.port.in.AgentAlreadyExistsException;
import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import com.agentusage.domain.access.UserId;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.http.HttpServerOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** What the person who started the demo is told, and when. */
@ExtendWith(MockitoExtension.class)
class DemoStartupTest {

    private static final AgentId AGENT = AgentId.of(20001);

    @Mock DemoConfig config;
    @Mock RegisterAgent registerAgent;
    @Mock CreateUser createUser;
    @Mock GrantPermission grantPermission;
    @Mock RecordEvents recordEvents;
    @Mock HttpServer server;

    private DemoStartup startup() {
        when(config.enabled()).thenReturn(true);
        when(config.agentId()).thenReturn(AGENT.value());
        when(config.days()).thenReturn(1);
        when(config.sessionsPerWeekday()).thenReturn(5);
        when(config.seed()).thenReturn(42L);
        return new DemoStartup(config, registerAgent, createUser, grantPermission, recordEvents, server);
    }

    @Test
    void givenASeededDemoOnAnotherPort_whenTheServerListens_thenTheLineToTryNamesThePortItListensOn() {
        when(createUser.create(new CreateUserCommand("Demo feeder")))
                .thenReturn(new IssuedCredentials(new User(UserId.of(1), "Demo feeder"), new AccessToken("feeder")));
        when(createUser.create(new CreateUserCommand("Demo viewer")))
                .thenReturn(new IssuedCredentials(new User(UserId.of(2), "Demo viewer"), new AccessToken("viewer-token")));
        when(server.getPort()).thenReturn(18499);
        DemoStartup startup = startup();

        startup.onStart(new StartupEvent());
        String printed = console(() -> startup.onListening(new HttpServerStart(new HttpServerOptions())));

        assertThat(printed).contains("Its viewer's access token: viewer-token")
                .contains("curl -s -H 'Access-Token: viewer-token' "
                        + "'http://localhost:18499/bots/analytics/20001/usage.json?utc_offset=0'")
                .doesNotContain("8080");
    }

    @Test
    void givenTheDemoAgentExistedAlready_whenTheServerListens_thenNothingIsPrinted() {
        when(registerAgent.register(any())).thenThrow(new AgentAlreadyExistsException(AGENT));
        DemoStartup startup = startup();

        startup.onStart(new StartupEvent());

        assertThat(console(() -> startup.onListening(new HttpServerStart(new HttpServerOptions())))).isEmpty();
    }

    private static String console(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
