package io.github.smtplint.processor;

import java.util.List;

/** The {@code -A} options name keys or values smtp-lint does not know; each problem is one compiler error. */
final class InvalidOptionsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidOptionsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
