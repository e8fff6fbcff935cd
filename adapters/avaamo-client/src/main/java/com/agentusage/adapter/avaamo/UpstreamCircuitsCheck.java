package com.agentusage.adapter.avaamo;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the configured upstreams: DOWN while any upstream's circuit is open, with each circuit's state.
 * Without upstream agents it is UP with nothing to report.
 */
@Readiness
@ApplicationScoped
public class UpstreamCircuitsCheck implements HealthCheck {

    private final AvaamoUsageSource source;

    UpstreamCircuitsCheck(AvaamoUsageSource source) {
        this.source = source;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstream circuits").up();
        CircuitBreakerMaintenance circuits = CircuitBreakerMaintenance.get();
        for (String name : source.circuitNames()) {
            CircuitBreakerState state = circuits.currentState(name);
            response.withData(name, state.name());
            if (state == CircuitBreakerState.OPEN) {
                response.down();
            }
        }
        return response.build();
    }
}
