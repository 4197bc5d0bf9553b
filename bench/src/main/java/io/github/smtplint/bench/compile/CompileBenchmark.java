package io.github.smtplint.bench.compile;

import io.github.smtplint.bench.Machine;
import io.github.smtplint.bench.PhaseSummary;
import io.github.smtplint.bench.SourceTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -cp smtp-lint-bench.jar io.github.smtplint.bench.compile.CompileBenchmark}: what smtp-lint's
 * annotation processor costs a compile. Times javac over a source tree, a new process per compile as a
 * build or an IDE starts it, without annotation processing (the baseline), with a processor that does
 * nothing (what any processor costs), and with smtp-lint's processor.
 */
public final class CompileBenchmark {
    private CompileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || List.of(args).contains("--help")) {
            System.out.println(CompileOptions.USAGE);
            return;
        }
        CompileOptions options;
        SourceTree tree;
        try {
            options = CompileOptions.parse(args);
            tree = SourceTree.of(options.source());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            System.err.println(CompileOptions.USAGE);
            System.exit(2);
            return;
        }
        Machine before = Machine.now();
        try {
            List<PhaseSummary> setups = measure(tree, options);
            printTable(System.out, tree, options, before, Machine.now(), setups);
        } catch (CompileFailedException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            // No javac in this Java (a runtime without the compiler), or no room for the scratch folder.
            System.err.println("cannot run the compiles: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the three setups over {@code tree}, in a scratch folder it removes afterwards. */
    static List<PhaseSummary> measure(SourceTree tree, CompileOptions options)
            throws IOException, InterruptedException, CompileFailedException {
        Path scratch = Files.createTempDirectory("smtp-lint-compile-bench");
        try {
            List<CompilerSetup> setups = List.of(CompilerSetup.withoutProcessing(),
                    CompilerSetup.withNoOpProcessor(noOpProcessorIn(scratch.resolve("no-op-processor"))),
                    CompilerSetup.withSmtpLint(options.processorPath()));
            return new CompilePasses(new JavacProcess(), tree, options, scratch).run(setups);
        } finally {
            CompilePasses.deleteRecursively(scratch);
        }
    }

    /** A folder holding {@link NoOpProcessor}'s class file and nothing else, to be a processor path. */
    private static Path noOpProcessorIn(Path folder) throws IOException {
        String classFile = NoOpProcessor.class.getName().replace('.', '/') + ".class";
        Path target = folder.resolve(classFile);
        Files.createDirectories(target.getParent());
        try (InputStream in = NoOpProcessor.class.getClassLoader().getResourceAsStream(classFile)) {
            if (in == null) {
                throw new IOException("the benchmark lacks its own " + classFile);
            }
            Files.copy(in, target);
        }
        return folder;
    }

    static void printTable(PrintStream out, SourceTree tree, CompileOptions options, Machine before, Machine after,
            List<PhaseSummary> setups) {
        out.printf(Locale.ROOT, "sources: %s (%d files, %d lines), --release %d%n", tree.root(), tree.files().size(),
                tree.lines(), options.release());
        out.printf(Locale.ROOT, "javac: %s, a new process per compile; machine: %d processors, load average %.2f"
                + " before, %.2f after%n", before.java(), before.processors(), before.loadAverage(),
                after.loadAverage());
        out.printf(Locale.ROOT, "%d timed pass(es), each compiling once in every setup, after one that checks"
                + " them%n%n", options.repeats());
        String format = "%-36s %10s %18s %12s%n";
        out.printf(Locale.ROOT, format, "setup", "wall s", "vs no processing", "range");
        for (PhaseSummary setup : setups) {
            out.printf(Locale.ROOT, format, setup.median().phase(),
                    String.format(Locale.ROOT, "%.2f", setup.median().seconds()),
                    String.format(Locale.ROOT, "%.2f", setup.ratio()),
                    String.format(Locale.ROOT, "%.2f-%.2f", setup.lowestRatio(), setup.highestRatio()));
        }
        out.println();
        out.println("wall s: the median compile; vs no processing: the median over the passes of the setup's wall"
                + " time divided by the baseline's in the same pass; range: the lowest and highest of those ratios");
    }
}
