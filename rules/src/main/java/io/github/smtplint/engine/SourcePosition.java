package io.github.smtplint.engine;

import java.nio.file.Path;
import java.util.Comparator;

/** A place in a source file: 1-based line and column. */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {
    private static final Comparator<SourcePosition> ORDER = Comparator
            .comparing((SourcePosition p) -> p.file().toString())
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    @Override
    public int compareTo(SourcePosition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
