package com.agentusage.application.port.in;

import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.UtcOffset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a caller asks usage for; absent dates take the contract's defaults. */
public record UsageQuery(AgentId agent, AccessToken token, Optional<LocalDate> from, Optional<LocalDate> to,
                         UtcOffset offset) {

    public UsageQuery {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(offset, "offset");
    }
}
