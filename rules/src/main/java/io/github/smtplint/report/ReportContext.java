package io.github.smtplint.report;

import io.github.smtplint.rules.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;

/**
 * What reports need besides the findings.
 *
 * @param projectRoot the folder file paths in reports are relative to (SARIF's {@code %SRCROOT%})
 * @param automationId names this run among others in one build, e.g. "smtp-lint/mail-core/" for a module
 * @param rules the metadata of every rule, for the report's rule list
 */
public record ReportContext(Path projectRoot, String automationId, List<RuleDescriptor> rules) {
    public ReportContext {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        rules = List.copyOf(rules);
    }

    /** The path of a file as reports show it: relative to the project root with forward slashes where possible. */
    public String relativePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** Whether a file lies below the project root, so that a relative path can stand for it. */
    public boolean isInProject(Path file) {
        return file.toAbsolutePath().normalize().startsWith(projectRoot);
    }
}
