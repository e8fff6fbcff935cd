package com.agentusage.application.port.out;

import java.time.Instant;

/** Now, as the use cases must see it: "today" for default dates, and how far in the future an event may be. */
@FunctionalInterface
public interface CurrentTime {

    Instant now();
}
