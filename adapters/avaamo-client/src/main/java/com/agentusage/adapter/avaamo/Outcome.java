package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.usage.PeriodCounts;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * What one fetch of a report from the upstream came to. Concurrent callers of the same report share it, and a
 * failure is remembered briefly like a report, so it is a value rather than a thrown exception.
 */
sealed interface Outcome {

    /** The upstream's counts. */
    record Counted(PeriodCounts counts) implements Outcome {
    }

    /**
     * Why there are no counts, in words for the caller, and from when calling again may succeed: {@code retryAt}
     * on the {@link UpstreamClock}, so that each caller is told the time left rather than the time first given.
     */
    record Failed(Kind kind, String message, OptionalLong retryAt) implements Outcome {

        static Failed of(Kind kind, String message) {
            return new Failed(kind, message, OptionalLong.empty());
        }

        static Failed retryingAt(Kind kind, String message, long retryAt) {
            return new Failed(kind, message, OptionalLong.of(retryAt));
        }

        UpstreamException toException(long now) {
            long seconds = retryAt.isEmpty() ? 0 : Math.max(1, ceilSeconds(retryAt.getAsLong() - now));
            return new UpstreamException(kind, message, seconds, null);
        }

        private static long ceilSeconds(long nanos) {
            long second = TimeUnit.SECONDS.toNanos(1);
            return (nanos + second - 1) / second;
        }
    }
}
