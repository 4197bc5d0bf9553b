package io.github.smtplint.bench;

import java.lang.management.ManagementFactory;

/**
 * What the benchmark ran on.
 *
 * @param processors the processors the JVM may use
 * @param java the Java runtime's name and version
 * @param maxHeapBytes the heap limit ({@code -Xmx})
 * @param loadAverage the system load average over the last minute, or a negative number where unknown
 */
public record Machine(int processors, String java, long maxHeapBytes, double loadAverage) {
    public static Machine now() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
