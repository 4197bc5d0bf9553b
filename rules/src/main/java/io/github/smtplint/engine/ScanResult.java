package io.github.smtplint.engine;

import java.util.List;

/**
 * What a scan found.
 *
 * @param findings every finding, in file, line, column and rule order
 * @param filesScanned how many Java files were read
 */
public record ScanResult(List<Finding> findings, int filesScanned) {
    public ScanResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
