package io.github.smtplint.explain;

import java.util.List;

/**
 * What smtp-lint says about a code a user asked about.
 *
 * @param input what the user asked about, as given
 * @param acceptable false if the input is malformed, unregistered or self-contradicting
 * @param lines the answer, one line each, for a terminal or a build log
 * @param problems the lines of the answer that make it not acceptable, for a failure message
 */
public record Explanation(String input, boolean acceptable, List<String> lines, List<String> problems) {
    public Explanation {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** The answer as one text, lines separated by {@code \n}. */
    public String text() {
        return String.join("\n", lines);
    }
}
