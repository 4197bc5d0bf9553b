package io.github.smtplint.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import io.github.smtplint.engine.Finding;
import javax.tools.Diagnostic;

/**
 * Finds the tree to report a finding on. javac places a message on a tree's preferred position,
 * which for a literal or a name is where it starts but for {@code a.b} is the dot and for
 * {@code a == b} the operator; so the smallest tree that starts exactly at the finding's column is
 * taken (the literal, or the first name of a qualified one), and the message lands on the very
 * line and column the engine reports.
 */
final class TreeLocator {
    private final SourcePositions positions;

    /** @param positions where the trees of the units to search start and end */
    TreeLocator(SourcePositions positions) {
        this.positions = positions;
    }

    /** The tree at the finding's start, or the smallest one around it, or the whole unit. */
    Tree locate(CompilationUnitTree unit, Finding finding) {
        long offset = offset(unit.getLineMap(), finding.line(), finding.column());
        if (offset == Diagnostic.NOPOS) {
            return unit;
        }
        Search search = new Search(unit, positions, offset);
        search.scan(unit, null);
        return search.best == null ? unit : search.best;
    }

    /**
     * The character offset of a 1-based line and column as JavaParser counts them (a tab is one
     * column), which is how javac counts offsets too.
     */
    private static long offset(LineMap lines, int line, int column) {
        if (line < 1 || column < 1) {
            return Diagnostic.NOPOS;
        }
        try {
            return lines.getStartPosition(line) + column - 1;
        } catch (IndexOutOfBoundsException e) {
            return Diagnostic.NOPOS;
        }
    }

    /** Walks only the trees that contain the offset, remembering the best one. */
    private static final class Search extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final long offset;
        private Tree best;
        private boolean bestStartsThere;
        private long bestLength = Long.MAX_VALUE;

        Search(CompilationUnitTree unit, SourcePositions positions, long offset) {
            this.unit = unit;
            this.positions = positions;
            this.offset = offset;
        }

        @Override
        public Void scan(Tree tree, Void unused) {
            if (tree == null) {
                return null;
            }
            long start = positions.getStartPosition(unit, tree);
            long end = positions.getEndPosition(unit, tree);
            boolean positioned = start != Diagnostic.NOPOS && end != Diagnostic.NOPOS;
            if (positioned && (offset < start || offset >= end)) {
                return null;
            }
            if (positioned && tree != unit) {
                consider(tree, start == offset, end - start);
            }
            // Trees without positions (implicit modifiers, a default constructor) may still hold positioned ones.
            return super.scan(tree, unused);
        }

        private void consider(Tree tree, boolean startsThere, long length) {
            boolean better = startsThere && !bestStartsThere
                    || startsThere == bestStartsThere && length <= bestLength;
            if (better) {
                best = tree;
                bestStartsThere = startsThere;
                bestLength = length;
            }
        }
    }
}
