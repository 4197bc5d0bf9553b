package io.github.smtplint.cli;

import io.github.smtplint.baseline.Baseline;
import io.github.smtplint.baseline.BaselineMatch;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.ScanProgress;
import io.github.smtplint.engine.ScanResult;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.report.ConsoleFormat;
import io.github.smtplint.report.ReportContext;
import io.github.smtplint.report.ReportFiles;
import io.github.smtplint.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smtp-lint check PATH...}: checks Java sources and reports findings for terminals, editors and CI. */
@Command(
        name = "check",
        description = {
            "Checks the SMTP reply codes in Java sources against the RFCs and against how the code uses them.",
            "Exits 0 when no finding is at or above --fail-on, 1 when some are (or, with --fail-on-parse-error,"
                    + " when a file could not be parsed), 2 when smtp-lint could not run."
        })
public final class CheckCommand implements Callable<Integer> {
    /** When findings make the exit code 1. */
    enum FailOn { ERROR, WARNING, INFO, NEVER }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScanOptions scan;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    private List<OutputChoice> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
            description = "the lowest severity that makes the exit code 1 (default: ${DEFAULT-VALUE})")
    private FailOn failOn;

    @Option(names = "--fail-on-parse-error",
            description = "make the exit code 1 when a file cannot be read or parsed; such files are reported"
                    + " as ParseError either way, but by default do not count against --fail-on")
    private boolean failOnParseError;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "accept the findings in FILE (written by the baseline command); report only new ones")
    private Path baseline;

    @Option(names = "--quiet", description = "no progress line and no summary")
    private boolean quiet;

    @Override
    public Integer call() {
        List<OutputChoice> chosen = outputs.isEmpty() ? List.of(OutputChoice.text()) : outputs;
        checkOutputs(chosen);
        prepareOutputFiles(chosen);
        Engine engine = new Engine();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        boolean showProgress = !quiet && System.console() != null;
        ScanResult result = scan.scan(engine, showProgress ? progress : ScanProgress.NONE);
        progress.clear();
        ReportContext context = new ReportContext(Path.of(""), "smtp-lint/", engine.rules());
        if (baseline != null) {
            result = applyBaseline(result, context);
        }
        for (OutputChoice output : chosen) {
            write(output, result, context);
        }
        return failing(result) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void checkOutputs(List<OutputChoice> chosen) {
        EnumSet<OutputChoice.Format> seen = EnumSet.noneOf(OutputChoice.Format.class);
        long toStandardOutput = chosen.stream().filter(o -> o.output == null).count();
        for (OutputChoice output : chosen) {
            if (!seen.add(output.format)) {
                throw new ParameterException(spec.commandLine(), "--format " + output.name()
                        + " is given twice; give each format once, each with its own --output");
            }
        }
        if (toStandardOutput > 1) {
            throw new ParameterException(spec.commandLine(), "only one --format can go to standard output;"
                    + " give the others an --output FILE");
        }
    }

    /** Fails before the scan, and before any report is replaced, if an output cannot be written. */
    private static void prepareOutputFiles(List<OutputChoice> chosen) {
        for (OutputChoice output : chosen) {
            if (output.output == null) {
                continue;
            }
            if (Files.isDirectory(output.output)) {
                throw new CommandFailure("cannot write " + output.output + ": it is a folder; give --output a file",
                        null);
            }
            try {
                Files.createDirectories(output.output.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + output.output + ": " + IoProblems.describe(e), e);
            }
        }
    }

    private ScanResult applyBaseline(ScanResult result, ReportContext context) {
        try {
            BaselineMatch match = Baseline.read(baseline).match(result.findings(), context);
            if (!quiet) {
                spec.commandLine().getErr().println("smtp-lint: the baseline accepted " + match.matched()
                        + " finding" + (match.matched() == 1 ? "" : "s") + "; " + match.fixed().size()
                        + " of its entries no longer occur");
            }
            return result.withFindings(match.newFindings());
        } catch (Baseline.InvalidBaselineException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    private void write(OutputChoice output, ScanResult result, ReportContext context) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.format == OutputChoice.Format.TEXT) {
            String text = text(result);
            if (output.output == null) {
                out.print(text);
                out.flush();
            } else {
                writeFile(output.output, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
            }
            return;
        }
        ReportFormat format = ReportFormat.valueOf(output.format.name());
        if (output.output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                format.writer().write(result, context, bytes);
            } catch (IOException e) {
                throw new CommandFailure("cannot write the " + output.name() + " report: " + e.getMessage(), e);
            }
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
        } else {
            writeFile(output.output, stream -> format.writer().write(result, context, stream));
        }
    }

    private String text(ScanResult result) {
        StringBuilder text = new StringBuilder();
        Path here = Path.of("");
        result.findings().forEach(f -> text.append(ConsoleFormat.terminal(f, here)).append('\n'));
        if (!quiet) {
            text.append("smtp-lint: ").append(EnumSet.allOf(Severity.class).stream()
                    .map(s -> plural(result.countCodeFindings(s), s.name().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.joining(", ")))
                    .append(" in ").append(plural(result.filesScanned(), "file"));
            if (result.filesNotParsed() > 0) {
                text.append("; ").append(plural(result.filesNotParsed(), "file")).append(" could not be parsed");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void writeFile(Path file, ReportFiles.Content content) {
        try {
            ReportFiles.writeAtomically(file, content);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + file + ": " + IoProblems.describe(e), e);
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Findings about codes count against --fail-on; files that could not be parsed only with --fail-on-parse-error. */
    private boolean failing(ScanResult result) {
        if (failOnParseError && result.filesNotParsed() > 0) {
            return true;
        }
        if (failOn == FailOn.NEVER) {
            return false;
        }
        Severity threshold = Severity.valueOf(failOn.name());
        return result.codeFindings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
