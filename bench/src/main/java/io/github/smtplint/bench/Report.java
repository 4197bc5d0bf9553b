package io.github.smtplint.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints the measurements as a plain-text table and, on request, as JSON. */
final class Report {
    private static final double MIB = 1024.0 * 1024.0;

    private final Machine before;
    private final Machine after;
    private final SourceTree tree;
    private final int threads;
    private final int repeats;
    private final List<PhaseSummary> phases;
    private final boolean identical;

    /** {@code phases} starts with the baseline; {@code identical} says whether the engine scans all agree. */
    Report(Machine before, Machine after, SourceTree tree, int threads, int repeats, List<PhaseSummary> phases,
            boolean identical) {
        this.before = before;
        this.after = after;
        this.tree = tree;
        this.threads = threads;
        this.repeats = repeats;
        this.phases = List.copyOf(phases);
        this.identical = identical;
    }

    void printTable(PrintStream out) {
        out.printf(Locale.ROOT, "tree: %s (%d files, %d lines)%n", tree.root(), tree.files().size(), tree.lines());
        out.printf(Locale.ROOT, "machine: %d processors, %s, max heap %.0f MiB, load average %.2f before, %.2f after%n",
                before.processors(), before.java(), before.maxHeapBytes() / MIB, before.loadAverage(),
                after.loadAverage());
        out.printf(Locale.ROOT, "threads: %d for every phase (the baseline on a fixed thread pool of %d); "
                + "median of %d run(s) after warm-up%n", threads, threads, repeats);
        out.println();
        String format = "%-32s %7s %7s %9s %9s %10s %10s %9s %12s %12s %8s%n";
        out.printf(Locale.ROOT, format, "phase", "files", "parsed", "lines", "wall s", "lines/s", "peak MiB",
                "findings", "vs baseline", "range", "cpu vs");
        for (PhaseSummary phase : phases) {
            Measurement m = phase.median();
            out.printf(Locale.ROOT, format, m.phase(), m.files(), m.parsed(), m.lines(),
                    String.format(Locale.ROOT, "%.2f", m.seconds()),
                    String.format(Locale.ROOT, "%.0f", m.linesPerSecond()),
                    String.format(Locale.ROOT, "%.1f", m.peakHeapBytes() / MIB),
                    m.findings().map(f -> Integer.toString(f.size())).orElse("-"),
                    String.format(Locale.ROOT, "%.2f", phase.ratio()),
                    String.format(Locale.ROOT, "%.2f-%.2f", phase.lowestRatio(), phase.highestRatio()),
                    phase.cpuRatio().map(ratio -> String.format(Locale.ROOT, "%.2f", ratio)).orElse("-"));
        }
        out.println();
        out.println("identical findings: " + (identical ? "yes" : "no"));
        out.println("vs baseline: the median over the runs of the phase's wall time divided by the baseline's in the"
                + " same pass; range: the lowest and highest of those ratios");
        out.println("cpu vs: the same median for the CPU time the whole JVM used (JIT compiler and garbage collector"
                + " included), which does not count time spent waiting for a processor");
        out.println("peak MiB: sum of the heap pools' peaks after System.gc() and a reset, an upper bound");
    }

    void writeJson(Path file) throws IOException {
        List<PhaseJson> rows = phases.stream().map(PhaseJson::of).toList();
        ReportJson json = new ReportJson(tree.root().toString(), tree.files().size(), tree.lines(),
                before.processors(), before.java(), before.maxHeapBytes(), before.loadAverage(), after.loadAverage(),
                threads, repeats, rows, identical);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    static boolean identical(Optional<List<?>> a, Optional<List<?>> b) {
        return a.isPresent() && a.equals(b);
    }

    /** The JSON form of a whole report. */
    record ReportJson(String tree, int files, long lines, int processors, String java, long maxHeapBytes,
            double loadAverageBefore, double loadAverageAfter, int threads, int repeats, List<PhaseJson> phases,
            boolean identicalFindings) {
    }

    /** The JSON form of one phase; {@code findings} is null for the baseline, which looks for none. */
    record PhaseJson(String phase, int files, int parsed, long lines, double wallSeconds, double linesPerSecond,
            long peakHeapBytes, Integer findings, double ratioToBaseline, List<Double> ratiosPerRun,
            Double cpuRatioToBaseline, List<Double> cpuRatiosPerRun) {
        static PhaseJson of(PhaseSummary summary) {
            Measurement m = summary.median();
            return new PhaseJson(m.phase(), m.files(), m.parsed(), m.lines(), m.seconds(), m.linesPerSecond(),
                    m.peakHeapBytes(), m.findings().map(List::size).orElse(null), summary.ratio(), summary.ratios(),
                    summary.cpuRatio().orElse(null), summary.cpuRatios());
        }
    }
}
