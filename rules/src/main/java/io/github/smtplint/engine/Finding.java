package io.github.smtplint.engine;

import io.github.smtplint.rules.RuleSet;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * One thing smtp-lint reports.
 *
 * @param ruleId the stable rule id, e.g. "UnknownReplyCode"
 * @param severity how serious it is, after the configuration's overrides
 * @param position where it is
 * @param message what is wrong, naming the code, its RFC meaning and what to do
 * @param reference the RFC section that says so, e.g. "RFC 5321 §4.2.3"
 * @param fix a suggested replacement for the code at the position, if there is an obvious one
 * @param code the value the finding is about as written in the code, e.g. "471" or "550 4.1.1 User unknown";
 *     "" for findings about a whole file
 * @param lineText the source line the finding is on, trimmed; "" where it is not known
 */
public record Finding(
        String ruleId,
        Severity severity,
        SourcePosition position,
        String message,
        String reference,
        Optional<String> fix,
        String code,
        String lineText) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::position)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Path file() {
        return position.file();
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    /** Whether this finding says its file could not be read or parsed, rather than anything about SMTP codes. */
    public boolean isParseProblem() {
        return ruleId.equals(RuleSet.PARSE_ERROR.id());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, position, message, reference, fix, code, lineText);
    }

    public Finding withLineText(String text) {
        return new Finding(ruleId, severity, position, message, reference, fix, code, text);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
