package io.github.smtplint.engine;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A place in a source file: where it starts and ends, 1-based lines and columns, the end inclusive.
 *
 * @param file the file
 * @param line the first line
 * @param column the first column
 * @param endLine the last line
 * @param endColumn the last column
 */
public record SourcePosition(Path file, int line, int column, int endLine, int endColumn)
        implements Comparable<SourcePosition> {
    private static final Comparator<SourcePosition> ORDER = Comparator
            .comparing((SourcePosition p) -> p.file().toString())
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    /** A position one character long. */
    public SourcePosition(Path file, int line, int column) {
        this(file, line, column, line, column);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
