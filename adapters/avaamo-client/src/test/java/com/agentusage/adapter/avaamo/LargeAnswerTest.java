package com.agentusage.adapter.avaamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.UtcOffset;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Answers of 200 MB, four at once, against the default limit of 1 MB: each caller gets a failure, and what the
 * service keeps in memory meanwhile stays small. Kept memory is sampled as the heap in use right after a full
 * collection, every 250 ms, until the upstream has written every answer to its end.
 */
@QuarkusTest
@WithTestResource(FirehoseUpstream.class)
class LargeAnswerTest {

    private static final long MB = 1024 * 1024;
    private static final int AT_ONCE = 4;

    @Inject
    AvaamoUsageSource source;

    /** The heap in use right after a full collection, as the collector itself counted it. */
    private static long keptHeap() {
        System.gc();
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
    }

    @Test
    void givenFourAnswersOf200Mb_whenFetchedAtOnce_thenEachFailsAndTheKeptHeapGrowsByLessThan20Mb() throws Exception {
        long before = keptHeap();
        AtomicLong most = new AtomicLong(before);
        List<Future<?>> fetches = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE)) {
            for (int fetch = 0; fetch < AT_ONCE; fetch++) {
                ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2020, 1, 1 + fetch), LocalDate.of(2020, 1, 10), UtcOffset.UTC);
                fetches.add(callers.submit(() -> assertThatThrownBy(() -> source.countsFor(AgentId.of(FirehoseUpstream.AGENT), period))
                        .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FAILED))
                        .hasMessage("The upstream's usage report is larger than the limit of 1048576 bytes")));
            }
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (FirehoseUpstream.answersWritten() < AT_ONCE && System.nanoTime() < deadline) {
                most.accumulateAndGet(keptHeap(), Math::max);
                Thread.sleep(250);
            }
            for (Future<?> fetch : fetches) {
                fetch.get();
            }
        }
        long growth = most.get() - before;
        System.out.printf("%d answers of %d MB: kept heap before %.1f MB, at most %.1f MB, growth %.1f MB%n", AT_ONCE,
                FirehoseUpstream.ANSWER_BYTES / MB, before / (double) MB, most.get() / (double) MB, growth / (double) MB);

        assertThat(FirehoseUpstream.answersWritten()).as("every answer was drained to its end").isEqualTo(AT_ONCE);
        assertThat(growth).isLessThan(20 * MB);
    }
}
