package io.github.smtplint.engine;

import java.util.List;

/**
 * What a scan found.
 *
 * @param findings every finding, in file, line, column and rule order
 * @param filesScanned how many Java files were read
 * @param filesParsed how many of them were parsed; the others could not hold an SMTP code, or their
 *     facts came from the cache
 */
public record ScanResult(List<Finding> findings, int filesScanned, int filesParsed) {
    public ScanResult {
        findings = List.copyOf(findings);
    }

    /** The same scan, reporting {@code reported} instead of its own findings. */
    public ScanResult withFindings(List<Finding> reported) {
        return new ScanResult(reported, filesScanned, filesParsed);
    }

    /** How many findings have this severity, parse problems included. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The findings about SMTP codes: every finding but the parse problems. */
    public List<Finding> codeFindings() {
        return findings.stream().filter(f -> !f.isParseProblem()).toList();
    }

    /** How many findings about SMTP codes have this severity; parse problems are counted by {@link #filesNotParsed()}. */
    public long countCodeFindings(Severity severity) {
        return codeFindings().stream().filter(f -> f.severity() == severity).count();
    }

    /** How many files (or folder entries) could not be read or parsed, and so were not checked. */
    public long filesNotParsed() {
        return findings.stream().filter(Finding::isParseProblem).map(Finding::file).distinct().count();
    }
}
