package io.github.smtplint.maven;

/** "1 finding", "2 findings": counts in log lines. */
final class Plural {
    private Plural() {
    }

    static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
