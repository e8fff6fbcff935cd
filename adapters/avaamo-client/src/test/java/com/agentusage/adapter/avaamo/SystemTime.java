package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.CurrentTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The clock the application provides in bootstrap, provided here for the adapter's own tests. */
@ApplicationScoped
class SystemTime implements CurrentTime {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
