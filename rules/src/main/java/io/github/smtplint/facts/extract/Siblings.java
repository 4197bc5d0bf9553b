package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import java.util.List;

/**
 * Where exactly this node stands among its siblings. JavaParser's nodes are equal when their source
 * is, so {@code List.indexOf} would find the first of {@code send(450, 450)} for both arguments, and
 * compare whole subtrees on the way.
 */
final class Siblings {
    private Siblings() {
    }

    /** The position of {@code node} itself in {@code nodes}, or -1. */
    static int indexOf(List<? extends Node> nodes, Node node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code node} itself is one of {@code nodes}. */
    static boolean contains(List<? extends Node> nodes, Node node) {
        return indexOf(nodes, node) >= 0;
    }
}
