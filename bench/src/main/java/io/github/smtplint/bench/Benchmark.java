package io.github.smtplint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar smtp-lint-bench.jar}: optionally generates a synthetic tree, then times, in one JVM,
 * a bare JavaParser parse of every file, the engine with its pre-filter, the engine without it, and the
 * engine again over the unchanged tree with its facts cache.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || List.of(args).contains("--help")) {
            System.out.println(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.generateLines() > 0) {
            GeneratedTree generated;
            try {
                generated = new TreeGenerator(options.generateLines(), options.smtpDensity(),
                        options.codeDensity(), options.seed()).generate(options.into().orElseThrow());
            } catch (java.io.IOException e) {
                System.err.println(e.getMessage());
                System.exit(1);
                return;
            }
            System.out.printf("generated %d files (%d with numbers from 200 to 559, %d of them SMTP), %d lines"
                    + " into %s%n", generated.files().size(), generated.codeFiles(), generated.smtpFiles(),
                    generated.lines(), generated.root());
            if (options.generateOnly()) {
                return;
            }
        }
        Machine before = Machine.now();
        SourceTree tree = SourceTree.of(options.tree());
        List<Phase> phases = List.of(new BaselineParse(options.threads()), new EngineScan(options.threads(), true),
                new EngineScan(options.threads(), false), new CachedReRun(options.threads()));
        List<Measurement> allRuns = new ArrayList<>();
        List<PhaseSummary> summaries = new PhaseRunner(phases, options.warmups(), options.repeats()).run(tree, allRuns);
        Report report = new Report(before, Machine.now(), tree, options.threads(), options.repeats(), summaries,
                identicalFindings(allRuns));
        report.printTable(System.out);
        if (options.json().isPresent()) {
            report.writeJson(options.json().get());
        }
    }

    /** Whether every engine run, with and without the pre-filter and from the cache, found exactly the same. */
    private static boolean identicalFindings(List<Measurement> runs) {
        List<Optional<List<?>>> found = runs.stream().map(Measurement::findings).filter(Optional::isPresent).toList();
        return found.size() >= 2 && found.stream().allMatch(f -> Report.identical(f, found.get(0)));
    }
}
