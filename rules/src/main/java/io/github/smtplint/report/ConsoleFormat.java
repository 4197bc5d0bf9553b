package io.github.smtplint.report;

import io.github.smtplint.engine.Finding;
import java.nio.file.Path;
import java.util.Locale;

/** One finding as one line of text, in the forms editors and IDEs turn into links. */
public final class ConsoleFormat {
    private ConsoleFormat() {
    }

    /**
     * The maven-compiler-plugin form that IDEs link, {@code /abs/path/File.java:[line,col] RuleId: message};
     * Maven's logger adds the {@code [ERROR]} level in front.
     */
    public static String maven(Finding finding) {
        return finding.file().toAbsolutePath().normalize() + ":[" + finding.line() + "," + finding.column() + "] "
                + finding.ruleId() + ": " + finding.message();
    }

    /**
     * The form terminals and editors link, {@code path:line:col: severity RuleId: message}, with the
     * path relative to {@code base} when the file lies below it.
     */
    public static String terminal(Finding finding, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path file = finding.file().toAbsolutePath().normalize();
        Path shown = file.startsWith(absoluteBase) ? absoluteBase.relativize(file) : file;
        return shown + ":" + finding.line() + ":" + finding.column() + ": "
                + finding.severity().name().toLowerCase(Locale.ROOT) + " " + finding.ruleId() + ": " + finding.message();
    }
}
