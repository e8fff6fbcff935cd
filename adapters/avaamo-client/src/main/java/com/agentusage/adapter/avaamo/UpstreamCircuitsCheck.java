package com.agentusage.adapter.avaamo;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The circuit of every upstream account, in the health group {@value #GROUP} (/q/health/group/upstreams): DOWN while
 * any is open. Not part of readiness (ADR 0017): an open circuit stops the calls to one upstream, and taking the
 * instance out of rotation for it would take its local agents and the admin API away too. Without upstream agents
 * it is UP with nothing to report.
 */
@HealthGroup(UpstreamCircuitsCheck.GROUP)
@ApplicationScoped
public class UpstreamCircuitsCheck implements HealthCheck {

    static final String GROUP = "upstreams";

    private final AvaamoUsageSource source;

    UpstreamCircuitsCheck(AvaamoUsageSource source) {
        this.source = source;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstream circuits").up();
        for (UpstreamAccount account : source.accounts()) {
            CircuitBreakerState state = account.circuitState();
            response.withData(account.name(), state.name());
            if (state == CircuitBreakerState.OPEN) {
                response.down();
            }
        }
        return response.build();
    }
}
