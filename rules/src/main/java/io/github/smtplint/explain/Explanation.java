package io.github.smtplint.explain;

import java.util.List;

/**
 * What smtp-lint says about a code a user asked about.
 *
 * @param input what the user asked about, as given
 * @param acceptable false if the input is malformed, unregistered or self-contradicting
 * @param lines the answer, one line each, for a terminal or a build log
 */
public record Explanation(String input, boolean acceptable, List<String> lines) {
    public Explanation {
        lines = List.copyOf(lines);
    }

    /** The answer as one text, lines separated by {@code \n}. */
    public String text() {
        return String.join("\n", lines);
    }
}
