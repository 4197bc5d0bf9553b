package io.github.smtplint.bench.compile;

/** A setup's compile failed, or did not run the processor it names: there is nothing fair to time. */
final class CompileFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private static final int LINES_SHOWN = 15;

    CompileFailedException(CompilerSetup setup, String problem, JavacProcess.Result result) {
        super(setup.name() + ": " + problem + ". javac exited with " + result.exitCode() + " and said:\n"
                + firstLines(result.output()));
    }

    private static String firstLines(String output) {
        return output.lines().limit(LINES_SHOWN).reduce((a, b) -> a + "\n" + b).orElse("(nothing)");
    }
}
