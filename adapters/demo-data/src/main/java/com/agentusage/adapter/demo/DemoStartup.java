package com.agentusage.adapter.demo;

import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.domain.access.AgentId;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Seeds the demo data when the service starts with usage.demo.enabled, which only the demo and dev profiles
 * set. The viewer's token goes to the console, not to the log: it is for the person who started the demo.
 * It is printed once the HTTP server listens, with the port it listens on: before that the port may not be
 * known (0 picks a free one), and a line to try that names another port fails.
 */
@ApplicationScoped
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class);

    private final DemoConfig config;
    private final DemoSeeder seeder;
    private final HttpServer server;
    private volatile Optional<DemoSeeder.Seeded> seeded = Optional.empty();

    DemoStartup(DemoConfig config, RegisterAgent registerAgent, CreateUser createUser, GrantPermission grantPermission,
                RecordEvents recordEvents, HttpServer server) {
        this.config = config;
        this.seeder = new DemoSeeder(registerAgent, createUser, grantPermission, recordEvents);
        this.server = server;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        AgentId agent = AgentId.of(config.agentId());
        long started = System.nanoTime();
        seeded = seeder.seed(agent, new DemoTraffic(config.seed(), config.sessionsPerWeekday()), config.days(), Instant.now());
        seeded.ifPresentOrElse(
                done -> LOG.infof("Demo data: agent %s with %d events over %d days, in %d ms", agent, done.events(),
                        config.days() + 1, (System.nanoTime() - started) / 1_000_000),
                () -> LOG.infof("Demo data: agent %s already exists; nothing seeded", agent));
    }

    void onListening(@ObservesAsync HttpServerStart event) {
        seeded.ifPresent(done -> System.out.printf("%n  Demo agent %s is ready. Its viewer's access token: %s%n"
                        + "  Try: curl -s -H 'Access-Token: %s' 'http://localhost:%d/bots/analytics/%s/usage.json?utc_offset=0'%n%n",
                done.agent(), done.viewerToken().secret(), done.viewerToken().secret(), server.getPort(), done.agent()));
    }
}
