package com.agentusage.domain.period;

import com.agentusage.domain.InvalidParameterException;
import java.time.ZoneOffset;

/** The caller's difference from UTC in seconds, which decides where its local days begin. */
public record UtcOffset(int seconds) {

    public static final int MIN_SECONDS = -12 * 3600;
    public static final int MAX_SECONDS = 14 * 3600;
    public static final UtcOffset UTC = new UtcOffset(0);

    public UtcOffset {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new InvalidParameterException("utc_offset",
                    "utc_offset must be between " + MIN_SECONDS + " and " + MAX_SECONDS + " seconds");
        }
    }

    public static UtcOffset ofSeconds(int seconds) {
        return new UtcOffset(seconds);
    }

    public ZoneOffset zoneOffset() {
        return ZoneOffset.ofTotalSeconds(seconds);
    }
}
