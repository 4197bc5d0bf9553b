package io.github.smtplint.baseline;

import io.github.smtplint.engine.Finding;
import io.github.smtplint.report.Fingerprints;
import io.github.smtplint.report.ReportContext;

/**
 * One accepted finding of a legacy code base, keyed so that moving code does not invalidate it:
 * no line number, but the rule, the file, the code and the text of the line.
 *
 * @param ruleId the rule
 * @param file the file, relative to the project root, with forward slashes
 * @param code the value the finding is about, as written
 * @param line the text of the source line, whitespace folded
 * @param message the finding's message when it was accepted, for people reading the file
 */
public record BaselineEntry(String ruleId, String file, String code, String line, String message) {

    static BaselineEntry of(Finding finding, ReportContext context) {
        return new BaselineEntry(finding.ruleId(), context.relativePath(finding.file()), finding.code(),
                Fingerprints.normalised(finding.lineText()), finding.message());
    }

    /** What must be equal for a finding to match this entry. */
    Key key() {
        return new Key(ruleId, file, code, line);
    }

    record Key(String ruleId, String file, String code, String line) {
    }
}
