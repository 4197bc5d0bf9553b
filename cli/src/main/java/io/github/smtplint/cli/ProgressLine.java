package io.github.smtplint.cli;

import io.github.smtplint.engine.ScanProgress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress line on a terminal's stderr for scans that take more than about a second: files
 * done of total and the rate, rewritten in place and cleared at the end.
 */
final class ProgressLine implements ScanProgress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long REFRESH_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private long lastShown;
    private boolean shown;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(int files) {
        total = files;
    }

    @Override
    public void fileDone() {
        int count = done.incrementAndGet();
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || now - lastShown < REFRESH_NANOS) {
            return;
        }
        synchronized (this) {
            lastShown = now;
            shown = true;
            double seconds = (now - start) / 1e9;
            err.print("\rsmtp-lint: " + count + "/" + total + " files (" + Math.round(count / seconds) + " files/s)");
            err.flush();
        }
    }

    /** Clears the line, if one was shown, so that what follows starts on a clean line. */
    synchronized void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
