package io.github.smtplint.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one run of one phase took.
 *
 * @param phase the phase's name
 * @param files how many files it read
 * @param parsed how many of them it parsed
 * @param lines how many lines they have
 * @param wallNanos its wall-clock time
 * @param cpuNanos the CPU time the whole JVM used meanwhile (see {@link ProcessCpu}); empty where it is not
 *     measured, as for a compile in another process
 * @param peakHeapBytes its peak heap use, see {@link HeapPeak}
 * @param findings what it found, for the phases that look for findings
 */
public record Measurement(String phase, int files, int parsed, long lines, long wallNanos, OptionalLong cpuNanos,
        long peakHeapBytes, Optional<List<?>> findings) {

    public double seconds() {
        return wallNanos / 1e9;
    }

    public double linesPerSecond() {
        return lines / seconds();
    }

    /** The one of several runs of a phase with the median wall time, or the slower middle one of an even count. */
    static Measurement median(List<Measurement> runs) {
        List<Measurement> sorted = runs.stream()
                .sorted((a, b) -> Long.compare(a.wallNanos(), b.wallNanos()))
                .toList();
        Measurement middle = sorted.get(sorted.size() / 2);
        long peak = runs.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(0);
        return new Measurement(middle.phase(), middle.files(), middle.parsed(), middle.lines(), middle.wallNanos(),
                middle.cpuNanos(), peak, middle.findings());
    }
}
