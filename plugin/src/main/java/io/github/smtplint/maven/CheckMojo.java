package io.github.smtplint.maven;

import io.github.smtplint.baseline.Baseline;
import io.github.smtplint.baseline.BaselineEntry;
import io.github.smtplint.baseline.BaselineMatch;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.ScanResult;
import io.github.smtplint.engine.Severity;
import io.github.smtplint.report.ConsoleFormat;
import io.github.smtplint.report.ReportContext;
import io.github.smtplint.report.ReportFiles;
import io.github.smtplint.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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
        Baseline accepted = readBaseline();
        long start = System.nanoTime();
        Engine engine = new Engine();
        ScanResult scanned = scan(engine);
        ReportContext context = reportContext(engine);
        ScanResult reported = scanned;
        if (accepted != null) {
            BaselineMatch match = accepted.match(scanned.findings(), baselineContext(engine));
            reported = new ScanResult(match.newFindings(), scanned.filesScanned());
            logBaseline(match);
        }
        Map<ReportFormat, Path> reports = writeReports(reported, context, reportFormats);
        reported.findings().forEach(this::log);
        logSummary(reported, (System.nanoTime() - start) / 1_000_000, reports);
        long failing = reported.findings().stream().filter(f -> f.severity().atLeast(threshold)).count();
        if (failOnViolation && failing > maxAllowedViolations) {
            throw new MojoFailureException("smtp-lint: " + Plural.of(failing, "finding")
                    + " at or above " + threshold + (reports.isEmpty() ? "" : " (see " + reports.values().iterator().next() + ")"));
        }
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
            throw new MojoExecutionException("smtp-lint: cannot write the reports to " + outputDirectory + ": "
                    + e.getMessage());
        }
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
                .map(s -> Plural.of(result.count(s), s.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
        getLog().info("smtp-lint: " + counts + " in " + Plural.of(result.filesScanned(), "file") + " (" + millis + " ms)"
                + (reports.isEmpty() ? "" : "; reports: " + reports.values().stream().map(Path::toString)
                        .collect(Collectors.joining(", "))));
    }
}
