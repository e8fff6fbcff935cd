package com.agentusage.domain.usage;

import com.agentusage.domain.period.StatsWindow;
import java.util.Objects;

/** One window of a report with what was counted in it. */
public record WindowStats(StatsWindow window, WindowCounts counts) {

    public WindowStats {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(counts, "counts");
    }
}
