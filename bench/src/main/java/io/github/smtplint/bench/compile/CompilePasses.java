package io.github.smtplint.bench.compile;

import io.github.smtplint.bench.Measurement;
import io.github.smtplint.bench.PhaseSummary;
import io.github.smtplint.bench.SourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Compiles the sources in every setup: first a pass that checks each compile succeeds and runs the
 * processor its setup names, then the timed passes, each setup once per pass and in the same order,
 * so that a pass the machine slows down slows every setup of it.
 */
final class CompilePasses {
    /** javac's report of the processors it runs, for the checking pass. */
    private static final String PRINT_PROCESSOR_INFO = "-XprintProcessorInfo";

    private final JavacProcess javac;
    private final SourceTree tree;
    private final CompileOptions options;
    private final Path scratch;

    CompilePasses(JavacProcess javac, SourceTree tree, CompileOptions options, Path scratch) {
        this.javac = javac;
        this.tree = tree;
        this.options = options;
        this.scratch = scratch;
    }

    /** The setups' compile times, the first setup's being the baseline of the ratios. */
    List<PhaseSummary> run(List<CompilerSetup> setups)
            throws IOException, InterruptedException, CompileFailedException {
        for (CompilerSetup setup : setups) {
            check(setup, compile(setup, List.of(PRINT_PROCESSOR_INFO)));
        }
        List<List<Measurement>> runs = new ArrayList<>();
        setups.forEach(setup -> runs.add(new ArrayList<>()));
        for (int pass = 0; pass < options.repeats(); pass++) {
            for (int i = 0; i < setups.size(); i++) {
                CompilerSetup setup = setups.get(i);
                JavacProcess.Result result = compile(setup, List.of());
                if (!result.succeeded()) {
                    throw new CompileFailedException(setup, "the compile failed in pass " + (pass + 1), result);
                }
                // The CPU time and heap of another process are not measured.
                runs.get(i).add(new Measurement(setup.name(), tree.files().size(), tree.files().size(), tree.lines(),
                        result.wallNanos(), OptionalLong.empty(), 0, Optional.empty()));
            }
        }
        return PhaseSummary.of(runs);
    }

    private static void check(CompilerSetup setup, JavacProcess.Result result) throws CompileFailedException {
        if (!result.succeeded()) {
            throw new CompileFailedException(setup, "the sources do not compile; give the libraries they need"
                    + " with --classpath", result);
        }
        Optional<String> processor = setup.processor();
        if (processor.isPresent() && !result.output().contains("Processor " + processor.get() + " matches")) {
            throw new CompileFailedException(setup, "javac did not run " + processor.get()
                    + "; check the processor path", result);
        }
    }

    private JavacProcess.Result compile(CompilerSetup setup, List<String> extra)
            throws IOException, InterruptedException {
        Path classes = scratch.resolve("classes");
        deleteRecursively(classes);
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(),
                "--release", Integer.toString(options.release()), "-encoding", "UTF-8"));
        if (!options.classpath().isEmpty()) {
            arguments.add("-classpath");
            arguments.add(options.classpath());
        }
        arguments.addAll(setup.arguments());
        arguments.addAll(extra);
        tree.files().forEach(file -> arguments.add(file.toString()));
        return javac.run(arguments, scratch);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
