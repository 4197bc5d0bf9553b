package io.github.smtplint.engine;

import java.util.Locale;
import java.util.Optional;

/** What the configuration makes of a rule: off, or on at a severity. */
public enum RuleLevel {
    OFF,
    INFO,
    WARNING,
    ERROR;

    /** The severity findings of the rule get; empty for OFF. */
    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }

    /** Reads "off", "warning", ... ; empty if the word is none of them. */
    public static Optional<RuleLevel> parse(String word) {
        try {
            return Optional.of(valueOf(word.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
