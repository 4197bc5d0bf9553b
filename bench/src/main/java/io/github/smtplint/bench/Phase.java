package io.github.smtplint.bench;

/** One thing the benchmark times over a source tree. */
interface Phase {
    String name();

    /** Runs once over the tree; the caller does the timing. */
    Result run(SourceTree tree) throws Exception;

    /**
     * What a run produced.
     *
     * @param files how many files it read
     * @param findings what it found, or null for a phase that does not look for findings
     */
    record Result(int files, java.util.List<?> findings) {
    }
}
