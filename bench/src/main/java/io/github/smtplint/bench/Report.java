package io.github.smtplint.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints the measurements as a plain-text table and, on request, as JSON. */
final class Report {
    private static final double MIB = 1024.0 * 1024.0;

    private final Machine before;
    private final Machine after;
    private final SourceTree tree;
    private final int threads;
    private final int repeats;
    private final List<Measurement> phases;
    private final boolean identical;

    /** {@code phases} starts with the baseline; {@code identical} says whether the engine scans all agree. */
    Report(Machine before, Machine after, SourceTree tree, int threads, int repeats, List<Measurement> phases,
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
        String format = "%-32s %7s %7s %9s %9s %10s %10s %9s %12s%n";
        out.printf(Locale.ROOT, format, "phase", "files", "parsed", "lines", "wall s", "lines/s", "peak MiB",
                "findings", "vs baseline");
        double baseline = phases.get(0).seconds();
        for (Measurement m : phases) {
            out.printf(Locale.ROOT, format, m.phase(), m.files(), m.parsed(), m.lines(),
                    String.format(Locale.ROOT, "%.2f", m.seconds()),
                    String.format(Locale.ROOT, "%.0f", m.linesPerSecond()),
                    String.format(Locale.ROOT, "%.1f", m.peakHeapBytes() / MIB),
                    m.findings().map(f -> Integer.toString(f.size())).orElse("-"),
                    String.format(Locale.ROOT, "%.2f", m.seconds() / baseline));
        }
        out.println();
        out.println("identical findings: " + (identical ? "yes" : "no"));
        out.println("peak MiB: sum of the heap pools' peaks after System.gc() and a reset, an upper bound");
    }

    void writeJson(Path file) throws IOException {
        String rows = phases.stream().map(m -> String.format(Locale.ROOT,
                "    {\"phase\": \"%s\", \"files\": %d, \"parsed\": %d, \"lines\": %d, \"wallSeconds\": %.3f, \"linesPerSecond\": %.0f,"
                        + " \"peakHeapBytes\": %d, \"findings\": %s, \"ratioToBaseline\": %.3f}",
                m.phase(), m.files(), m.parsed(), m.lines(), m.seconds(), m.linesPerSecond(), m.peakHeapBytes(),
                m.findings().map(f -> Integer.toString(f.size())).orElse("null"),
                m.seconds() / phases.get(0).seconds()))
                .collect(Collectors.joining(",\n"));
        String json = String.format(Locale.ROOT, "{%n  \"tree\": \"%s\",%n  \"files\": %d,%n  \"lines\": %d,%n"
                        + "  \"processors\": %d,%n  \"java\": \"%s\",%n  \"maxHeapBytes\": %d,%n"
                        + "  \"loadAverageBefore\": %.2f,%n  \"loadAverageAfter\": %.2f,%n  \"threads\": %d,%n"
                        + "  \"repeats\": %d,%n  \"phases\": [%n%s%n  ],%n  \"identicalFindings\": %s%n}%n",
                escape(tree.root().toString()), tree.files().size(), tree.lines(), before.processors(),
                escape(before.java()), before.maxHeapBytes(), before.loadAverage(), after.loadAverage(), threads,
                repeats, rows, identical);
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static boolean identical(Optional<List<?>> a, Optional<List<?>> b) {
        return a.isPresent() && a.equals(b);
    }
}
