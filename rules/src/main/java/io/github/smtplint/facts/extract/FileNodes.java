package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of one file that extraction looks at, gathered in a single walk of the tree: walking is
 * most of what extraction costs, so it is done once, not once per kind of node.
 */
final class FileNodes {
    final List<TypeDeclaration<?>> types = new ArrayList<>();
    final List<AnnotationExpr> annotations = new ArrayList<>();
    final List<StringLiteralExpr> strings = new ArrayList<>();
    final List<FieldDeclaration> fields = new ArrayList<>();
    final List<CallableDeclaration<?>> callables = new ArrayList<>();
    final List<BinaryExpr> binaries = new ArrayList<>();
    final List<MethodCallExpr> calls = new ArrayList<>();
    final List<SwitchEntry> switchEntries = new ArrayList<>();
    /** Every node, in the walk's order, for the search of values. */
    final List<Node> all = new ArrayList<>();

    static FileNodes of(CompilationUnit unit) {
        FileNodes nodes = new FileNodes();
        unit.walk(nodes::add);
        return nodes;
    }

    private void add(Node node) {
        all.add(node);
        if (node instanceof TypeDeclaration<?> type) {
            types.add(type);
        } else if (node instanceof AnnotationExpr annotation) {
            annotations.add(annotation);
        } else if (node instanceof StringLiteralExpr string) {
            strings.add(string);
        } else if (node instanceof FieldDeclaration field) {
            fields.add(field);
        } else if (node instanceof CallableDeclaration<?> callable) {
            callables.add(callable);
        } else if (node instanceof BinaryExpr binary) {
            binaries.add(binary);
        } else if (node instanceof MethodCallExpr call) {
            calls.add(call);
        } else if (node instanceof SwitchEntry entry) {
            switchEntries.add(entry);
        }
    }
}
