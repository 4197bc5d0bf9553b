package io.github.smtplint.engine;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; the build fails on findings at or above a configured severity. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Reads a severity word ("error", "WARNING"), empty if it is not one. */
    public static Optional<Severity> parse(String word) {
        try {
            return Optional.of(valueOf(word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
