package io.github.smtplint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.OptionalLong;

/**
 * The CPU time this JVM has used so far, over all its threads: the phase's own, the JIT compiler's
 * and the garbage collector's. On a shared machine it varies much less than wall time from run to
 * run, as time spent waiting for a processor does not count. Empty on a JVM that does not tell it.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    static OptionalLong nanos() {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        if (system instanceof com.sun.management.OperatingSystemMXBean hotSpot) {
            long nanos = hotSpot.getProcessCpuTime();
            return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
        }
        return OptionalLong.empty();
    }
}
