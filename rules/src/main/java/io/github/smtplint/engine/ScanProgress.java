package io.github.smtplint.engine;

/**
 * Hears how far a scan has come, for progress displays. Called from the threads that parse files,
 * so implementations must be thread-safe; they must also be quick.
 */
public interface ScanProgress {
    /** Nothing listens. */
    ScanProgress NONE = new ScanProgress() {
        @Override
        public void started(int files) {
        }

        @Override
        public void fileDone() {
        }
    };

    /** The scan found {@code files} files to read. */
    void started(int files);

    /** One more file has been read. */
    void fileDone();
}
