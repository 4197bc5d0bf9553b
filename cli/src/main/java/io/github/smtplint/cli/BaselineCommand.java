package io.github.smtplint.cli;

import io.github.smtplint.baseline.Baseline;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.ScanProgress;
import io.github.smtplint.engine.ScanResult;
import io.github.smtplint.report.ReportContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smtp-lint baseline PATH...}: accepts today's findings, so that {@code check --baseline} reports only new ones. */
@Command(
        name = "baseline",
        description = "Writes the current findings to a baseline file, for adopting smtp-lint on a legacy code base.")
public final class BaselineCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ScanOptions scan;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = Baseline.DEFAULT_FILE,
            description = "the baseline file to write (default: ${DEFAULT-VALUE})")
    private Path output;

    @Override
    public Integer call() {
        Engine engine = new Engine();
        ScanResult result = scan.scan(engine, ScanProgress.NONE);
        try {
            Baseline.of(result.findings(), new ReportContext(Path.of(""), "smtp-lint/", engine.rules())).write(output);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + output + ": " + IoProblems.describe(e), e);
        }
        spec.commandLine().getErr().println("smtp-lint: wrote " + result.findings().size() + " finding"
                + (result.findings().size() == 1 ? "" : "s") + " to " + output);
        return ExitCodes.OK;
    }
}
