package com.agentusage.adapter.demo;

import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.domain.access.AgentId;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Seeds the demo data when the service starts with usage.demo.enabled, which only the demo and dev profiles
 * set. The viewer's token goes to the console, not to the log: it is for the person who started the demo.
 */
@ApplicationScoped
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class);

    private final DemoConfig config;
    private final DemoSeeder seeder;

    DemoStartup(DemoConfig config, RegisterAgent registerAgent, CreateUser createUser, GrantPermission grantPermission,
                RecordEvents recordEvents) {
        this.config = config;
        this.seeder = new DemoSeeder(registerAgent, createUser, grantPermission, recordEvents);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        AgentId agent = AgentId.of(config.agentId());
        long started = System.nanoTime();
        seeder.seed(agent, new DemoTraffic(config.seed(), config.sessionsPerWeekday()), config.days(), Instant.now())
                .ifPresentOrElse(seeded -> {
                    LOG.infof("Demo data: agent %s with %d events over %d days, in %d ms", agent, seeded.events(),
                            config.days() + 1, (System.nanoTime() - started) / 1_000_000);
                    System.out.printf("%n  Demo agent %s is ready. Its viewer's access token: %s%n"
                                    + "  Try: curl -s -H 'Access-Token: %s' 'http://localhost:8080/bots/analytics/%s/usage.json?utc_offset=0'%n%n",
                            agent, seeded.viewerToken().secret(), seeded.viewerToken().secret(), agent);
                }, () -> LOG.infof("Demo data: agent %s already exists; nothing seeded", agent));
    }
}
