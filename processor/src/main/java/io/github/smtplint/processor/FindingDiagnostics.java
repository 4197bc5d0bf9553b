package io.github.smtplint.processor;

import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.Severity;
import javax.tools.Diagnostic;

/**
 * How a finding appears among the compiler's messages: findings at or above {@code failOnSeverity}
 * are errors, so the compile fails as {@code smtp-lint:check} would; the others are warnings or notes.
 */
final class FindingDiagnostics {
    private final Severity failOnSeverity;
    private final boolean failOnViolation;

    FindingDiagnostics(Severity failOnSeverity, boolean failOnViolation) {
        this.failOnSeverity = failOnSeverity;
        this.failOnViolation = failOnViolation;
    }

    FindingDiagnostics(ProcessorOptions options) {
        this(options.failOnSeverity(), options.failOnViolation());
    }

    /**
     * The kind of compiler message for a finding of this severity. Warnings are mandatory ones
     * because javac drops plain warnings under {@code -nowarn}, which maven-compiler-plugin before
     * 3.13 passes by default: a finding the configuration asks for must not vanish that way.
     */
    Diagnostic.Kind kindOf(Severity severity) {
        if (failOnViolation && severity.atLeast(failOnSeverity)) {
            return Diagnostic.Kind.ERROR;
        }
        return severity == Severity.INFO ? Diagnostic.Kind.NOTE : Diagnostic.Kind.MANDATORY_WARNING;
    }

    /** The message: the rule id first, where IDEs show it in their problem lists, then the finding's text. */
    static String text(Finding finding) {
        return "[smtp-lint:" + finding.ruleId() + "] " + finding.message();
    }
}
