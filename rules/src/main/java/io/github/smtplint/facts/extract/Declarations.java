package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.type.Type;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the declaration a simple name refers to at a place in the same file: a parameter, a local or a
 * field. One instance serves one file and remembers the locals and assignments of each method it has
 * looked into, so that a file is walked once per method, not once per lookup.
 */
final class Declarations {
    private final Map<Node, Map<String, Variable>> localsByBody = new IdentityHashMap<>();
    private final Map<Node, List<AssignExpr>> assignmentsByBody = new IdentityHashMap<>();

    /**
     * A declared variable as far as the engine cares.
     *
     * @param name its name
     * @param type its type as written, e.g. "SMTPClient"
     * @param initializer its initializer, if any
     * @param annotations the annotations on its declaration
     * @param kind "parameter", "local variable" or "field"
     * @param declaration the node that declares it, for positions
     */
    record Variable(String name, String type, Optional<Expression> initializer, List<AnnotationExpr> annotations,
                    String kind, Node declaration) {
    }

    Optional<Variable> find(String name, Node at) {
        for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
            if (node instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(name)) {
                Parameter parameter = clause.getParameter();
                return Optional.of(new Variable(name, typeName(parameter.getType()), Optional.empty(),
                        parameter.getAnnotations(), "exception parameter", parameter));
            }
            if (node instanceof CallableDeclaration<?> callable) {
                Optional<Variable> local = inCallable(name, callable.getParameters(), callable);
                if (local.isPresent()) {
                    return local;
                }
            } else if (node instanceof LambdaExpr lambda) {
                Optional<Variable> local = inCallable(name, lambda.getParameters(), lambda);
                if (local.isPresent()) {
                    return local;
                }
            } else if (node instanceof TypeDeclaration<?> type) {
                for (FieldDeclaration field : type.getFields()) {
                    for (VariableDeclarator variable : field.getVariables()) {
                        if (variable.getNameAsString().equals(name)) {
                            return Optional.of(new Variable(name, typeName(variable.getType()),
                                    variable.getInitializer(), field.getAnnotations(), "field", variable));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Variable> inCallable(String name, List<Parameter> parameters, Node body) {
        for (Parameter parameter : parameters) {
            if (parameter.getNameAsString().equals(name)) {
                return Optional.of(new Variable(name, typeName(parameter.getType()), Optional.empty(),
                        parameter.getAnnotations(), "parameter", parameter));
            }
        }
        return Optional.ofNullable(localsByBody.computeIfAbsent(body, Declarations::locals).get(name));
    }

    /** The assignments in the method around a node, in source order. */
    List<AssignExpr> assignmentsAround(Node at) {
        Node body = at;
        while (body != null && !(body instanceof CallableDeclaration<?>)) {
            body = body.getParentNode().orElse(null);
        }
        return body == null ? List.of() : assignmentsByBody.computeIfAbsent(body, b -> b.findAll(AssignExpr.class));
    }

    /** The local variables and pattern variables of a body, the first declaration of each name winning. */
    private static Map<String, Variable> locals(Node body) {
        Map<String, Variable> locals = new HashMap<>();
        body.walk(node -> {
            if (node instanceof VariableDeclarator variable
                    && !(variable.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                List<AnnotationExpr> annotations = variable.getParentNode()
                        .filter(VariableDeclarationExpr.class::isInstance)
                        .map(p -> (List<AnnotationExpr>) ((VariableDeclarationExpr) p).getAnnotations())
                        .orElse(List.of());
                locals.putIfAbsent(variable.getNameAsString(), new Variable(variable.getNameAsString(),
                        typeName(variable.getType()), variable.getInitializer(), annotations, "local variable",
                        variable));
            } else if (node instanceof TypePatternExpr pattern) {
                locals.putIfAbsent(pattern.getNameAsString(), new Variable(pattern.getNameAsString(),
                        typeName(pattern.getType()), Optional.empty(), List.of(), "pattern variable", pattern));
            }
        });
        return locals;
    }

    /** The simple name of a type as written: {@code org.x.SMTPClient} → SMTPClient, {@code List<String>} → List. */
    static String typeName(Type type) {
        if (type.isUnionType()) {
            return typeName(type.asUnionType().getElements().get(0));
        }
        String text = type.isClassOrInterfaceType()
                ? type.asClassOrInterfaceType().getNameAsString()
                : type.asString();
        return text.substring(text.lastIndexOf('.') + 1);
    }

    /** The annotations on a declaration node, if it has any. */
    static List<AnnotationExpr> annotationsOf(Node node) {
        if (node instanceof NodeWithAnnotations<?> annotated) {
            return annotated.getAnnotations();
        }
        if (node instanceof BodyDeclaration<?> body) {
            return body.getAnnotations();
        }
        return List.of();
    }
}
