package io.github.smtplint.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A Maven {@link Log} that keeps every message with its level, so tests can read what a goal told the user. */
final class RecordingLog implements Log {

    enum Level { DEBUG, INFO, WARN, ERROR }

    record Entry(Level level, String message) {}

    private final List<Entry> entries = new ArrayList<>();

    /** The messages logged at {@code level}, in order. */
    List<String> messagesAt(Level level) {
        return entries.stream().filter(entry -> entry.level() == level).map(Entry::message).toList();
    }


    private void record(Level level, CharSequence content, Throwable error) {
        String message = content != null ? content.toString() : "";
        if (error != null) {
            message = message.isEmpty() ? error.toString() : message + ": " + error;
        }
        entries.add(new Entry(level, message));
    }

    @Override public boolean isDebugEnabled() { return true; }
    @Override public void debug(CharSequence content) { record(Level.DEBUG, content, null); }
    @Override public void debug(CharSequence content, Throwable error) { record(Level.DEBUG, content, error); }
    @Override public void debug(Throwable error) { record(Level.DEBUG, null, error); }

    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { record(Level.INFO, content, null); }
    @Override public void info(CharSequence content, Throwable error) { record(Level.INFO, content, error); }
    @Override public void info(Throwable error) { record(Level.INFO, null, error); }

    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { record(Level.WARN, content, null); }
    @Override public void warn(CharSequence content, Throwable error) { record(Level.WARN, content, error); }
    @Override public void warn(Throwable error) { record(Level.WARN, null, error); }

    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { record(Level.ERROR, content, null); }
    @Override public void error(CharSequence content, Throwable error) { record(Level.ERROR, content, error); }
    @Override public void error(Throwable error) { record(Level.ERROR, null, error); }
}
