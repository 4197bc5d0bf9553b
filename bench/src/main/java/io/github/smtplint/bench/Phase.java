package io.github.smtplint.bench;

/** One thing the benchmark times over a source tree. */
interface Phase {
    String name();

    /** Whatever must be in place before a run and is not part of what is timed. */
    default void prepare(SourceTree tree) throws Exception {
    }

    /** Runs once over the tree; the caller does the timing. */
    Result run(SourceTree tree) throws Exception;

    /**
     * What a run produced.
     *
     * @param files how many files it read
     * @param parsed how many of them it parsed
     * @param findings what it found, or null for a phase that does not look for findings
     */
    record Result(int files, int parsed, java.util.List<?> findings) {
    }
}
