package io.github.smtplint.maven;

import io.github.smtplint.baseline.Baseline;
import io.github.smtplint.baseline.BaselineEntry;
import io.github.smtplint.baseline.BaselineMatch;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.ScanResult;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.report.ConsoleFormat;
import io.github.smtplint.report.ReportContext;
import io.github.smtplint.report.ReportFiles;
import io.github.smtplint.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the SMTP reply codes in the project's sources against the RFCs and against how the code
 * uses them, reports every finding in the console (in the form IDEs link) and in SARIF, Checkstyle
 * XML or JSON files, and fails the build on findings at or above {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractScanMojo {

    /** Skips the check. */
    @Parameter(property = "smtp-lint.skip", defaultValue = "false")
    boolean skip;

    /** Whether findings at or above {@code failOnSeverity} fail the build; false only reports them. */
    @Parameter(property = "smtp-lint.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** The lowest severity that fails the build: {@code ERROR}, {@code WARNING} or {@code INFO}. */
    @Parameter(property = "smtp-lint.failOnSeverity", defaultValue = "ERROR")
    String failOnSeverity;

    /**
     * Whether files that cannot be read or parsed fail the build. They are reported as {@code ParseError}
     * either way and counted apart from the findings, so that {@code failOnViolation} and
     * {@code maxAllowedViolations} are about SMTP codes only.
     */
    @Parameter(property = "smtp-lint.failOnParseError", defaultValue = "false")
    boolean failOnParseError;

    /** How many findings at or above {@code failOnSeverity} are tolerated before the build fails. */
    @Parameter(property = "smtp-lint.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** The report files to write besides the console: {@code sarif}, {@code checkstyle}, {@code json}. */
    @Parameter(property = "smtp-lint.formats", defaultValue = "sarif,checkstyle")
    List<String> formats;

    /** Where the report files go. */
    @Parameter(property = "smtp-lint.outputDirectory", defaultValue = "${project.build.directory}/smtp-lint")
    File outputDirectory;

    /**
     * A baseline file written by the {@code baseline} goal: its findings are accepted, only new ones
     * are reported. For adopting smtp-lint on a legacy code base.
     */
    @Parameter(property = "smtp-lint.baseline")
    File baseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("smtp-lint: skipped");
            return;
        }
        Severity threshold = Severity.parse(failOnSeverity).orElseThrow(() -> new MojoExecutionException(
                "smtp-lint: failOnSeverity is '" + failOnSeverity + "'; use ERROR, WARNING or INFO"));
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("smtp-lint: maxAllowedViolations is " + maxAllowedViolations
                    + "; give 0 or a positive number");
        }
        Set<ReportFormat> reportFormats = reportFormats();
        Engine engine = new Engine();
        EngineConfig config = engineConfig(engine.ruleIds());
        prepareOutputDirectory(reportFormats);
        Baseline accepted = readBaseline();
        long start = System.nanoTime();
        ScanResult scanned = scan(engine, config);
        ReportContext context = reportContext(engine);
        ScanResult reported = scanned;
        if (accepted != null) {
            BaselineMatch match = accepted.match(scanned.findings(), baselineContext(engine));
            reported = scanned.withFindings(match.newFindings());
            logBaseline(match);
        }
        Map<ReportFormat, Path> reports = writeReports(reported, context, reportFormats);
        reported.findings().forEach(this::log);
        logSummary(reported, (System.nanoTime() - start) / 1_000_000, reports);
        failIfAsked(reported, threshold, reports);
    }

    private void failIfAsked(ScanResult result, Severity threshold, Map<ReportFormat, Path> reports)
            throws MojoFailureException {
        long failing = result.codeFindings().stream().filter(f -> f.severity().atLeast(threshold)).count();
        List<String> reasons = new ArrayList<>();
        if (failOnViolation && failing > maxAllowedViolations) {
            reasons.add(Plural.of(failing, "finding") + " at or above " + threshold);
        }
        if (failOnParseError && result.filesNotParsed() > 0) {
            reasons.add(notParsed(result.filesNotParsed()));
        }
        if (!reasons.isEmpty()) {
            throw new MojoFailureException("smtp-lint: " + String.join(" and ", reasons)
                    + (reports.isEmpty() ? "" : " (see " + reports.values().iterator().next() + ")"));
        }
    }

    /** "1 file could not be parsed", "2 files could not be parsed". */
    static String notParsed(long files) {
        return Plural.of(files, "file") + " could not be parsed";
    }

    private Set<ReportFormat> reportFormats() throws MojoExecutionException {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        for (String word : given(formats)) {
            if (word.equalsIgnoreCase("text")) {
                continue;
            }
            result.add(ReportFormat.parse(word).orElseThrow(() -> new MojoExecutionException(
                    "smtp-lint: formats has '" + word.trim() + "'; use " + ReportFormat.names()
                            + " (the console text is always written)")));
        }
        return result;
    }

    /** Fails before the scan, and before any report is replaced, if a report cannot be written. */
    private void prepareOutputDirectory(Set<ReportFormat> formats) throws MojoExecutionException {
        if (formats.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(outputDirectory.toPath());
            for (ReportFormat format : formats) {
                Path report = outputDirectory.toPath().resolve(format.fileName());
                if (Files.isDirectory(report)) {
                    throw new FileAlreadyExistsException(report.toString());
                }
            }
        } catch (IOException e) {
            throw cannotWriteReports(e);
        }
    }

    private MojoExecutionException cannotWriteReports(IOException e) {
        return new MojoExecutionException("smtp-lint: outputDirectory " + outputDirectory + " cannot take the"
                + " reports: " + why(e) + "; give outputDirectory a folder the build can create and write to,"
                + " or set formats to text for the console alone");
    }

    private Baseline readBaseline() throws MojoExecutionException {
        if (baseline == null) {
            return null;
        }
        try {
            return Baseline.read(baseline.toPath());
        } catch (Baseline.InvalidBaselineException e) {
            throw new MojoExecutionException("smtp-lint: " + e.getMessage());
        }
    }

    private Map<ReportFormat, Path> writeReports(ScanResult result, ReportContext context, Set<ReportFormat> formats)
            throws MojoExecutionException {
        if (formats.isEmpty()) {
            return Map.of();
        }
        try {
            return ReportFiles.write(result, context, formats, outputDirectory.toPath());
        } catch (IOException e) {
            throw cannotWriteReports(e);
        }
    }

    /** Java's own messages often repeat the path or give none at all. */
    private static String why(IOException problem) {
        if (problem instanceof FileAlreadyExistsException || problem instanceof DirectoryNotEmptyException) {
            return ((FileSystemException) problem).getFile() + " is in the way";
        }
        if (problem instanceof AccessDeniedException denied) {
            return "permission denied on " + denied.getFile();
        }
        return problem instanceof FileSystemException fileProblem && fileProblem.getReason() != null
                ? fileProblem.getReason() + " (" + fileProblem.getFile() + ")"
                : String.valueOf(problem.getMessage());
    }

    private void log(Finding finding) {
        String line = ConsoleFormat.maven(finding);
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    private void logBaseline(BaselineMatch match) {
        getLog().info("smtp-lint: the baseline " + baseline + " accepted " + Plural.of(match.matched(), "finding"));
        if (!match.fixed().isEmpty()) {
            getLog().info("smtp-lint: " + match.fixed().size() + (match.fixed().size() == 1
                    ? " baseline entry no longer occurs" : " baseline entries no longer occur")
                    + "; write the baseline again to drop them:");
            for (BaselineEntry entry : match.fixed()) {
                getLog().info("  " + entry.file() + ": " + entry.ruleId() + " " + entry.code());
            }
        }
    }

    private void logSummary(ScanResult result, long millis, Map<ReportFormat, Path> reports) {
        String counts = EnumSet.allOf(Severity.class).stream()
                .map(s -> Plural.of(result.countCodeFindings(s), s.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        String parseProblems = result.filesNotParsed() == 0 ? "" : "; " + notParsed(result.filesNotParsed());
        getLog().info("smtp-lint: " + counts + " in " + Plural.of(result.filesScanned(), "file") + parseProblems
                + " (" + result.filesParsed() + " parsed, " + millis + " ms)"
                + (reports.isEmpty() ? "" : "; reports: " + reports.values().stream().map(Path::toString)
                        .collect(Collectors.joining(", "))));
    }
}
