package io.github.smtplint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap use of a phase: the sum of the peak usage of every heap memory pool since the last
 * {@link #reset()}. The pools peak at different moments, so the sum is an upper bound.
 */
final class HeapPeak {
    private HeapPeak() {
    }

    /** Collects garbage, so that the previous phase's leftovers do not count, then resets every heap pool's peak. */
    static void reset() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long bytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
    }
}
