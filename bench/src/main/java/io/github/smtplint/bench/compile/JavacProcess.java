package io.github.smtplint.bench.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** javac in a process of its own, started afresh for each compile as a build tool or an IDE starts it. */
final class JavacProcess {
    private final Path javac;

    /** The javac of the JDK the benchmark runs on. */
    JavacProcess() {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        this.javac = Path.of(System.getProperty("java.home"), "bin", windows ? "javac.exe" : "javac");
    }

    /**
     * A finished compile.
     *
     * @param wallNanos from starting the process to its end
     * @param exitCode javac's exit code, 0 when the compile succeeded
     * @param output what javac wrote, errors and warnings included
     */
    record Result(long wallNanos, int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs javac with {@code arguments}, passed in an argument file under {@code scratch}. */
    Result run(List<String> arguments, Path scratch) throws IOException, InterruptedException {
        Path argumentFile = Files.createTempFile(scratch, "javac", ".args");
        Path log = Files.createTempFile(scratch, "javac", ".log");
        try {
            Files.writeString(argumentFile, arguments.stream().map(JavacProcess::quoted)
                    .collect(Collectors.joining("\n", "", "\n")));
            ProcessBuilder builder = new ProcessBuilder(javac.toString(), "@" + argumentFile)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            long start = System.nanoTime();
            int exitCode = builder.start().waitFor();
            long wallNanos = System.nanoTime() - start;
            return new Result(wallNanos, exitCode, Files.readString(log));
        } finally {
            Files.deleteIfExists(argumentFile);
            Files.deleteIfExists(log);
        }
    }

    /** An argument as javac's argument files write it: in quotes, with quotes and backslashes escaped. */
    private static String quoted(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
