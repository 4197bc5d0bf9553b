package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.smtplint.facts.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists what a statement, block or expression always does that can tell its outcome: throws, calls,
 * logging, returns and assignments, in source order. Code that runs only under a further condition
 * (nested {@code if}, {@code switch}, loops, {@code catch}) or later (lambdas, local classes) is left
 * out: it says nothing certain about the branch.
 */
final class EffectReader {
    private static final int MAX_EFFECTS = 24;
    private static final Set<String> LOG_LEVELS = Set.of(
            "trace", "debug", "info", "warn", "warning", "error", "fatal", "severe", "fine", "finer", "finest");

    private EffectReader() {
    }

    static List<Effect> read(Node code) {
        List<Effect> effects = new ArrayList<>();
        collect(code, effects);
        return effects;
    }

    private static void collect(Node node, List<Effect> effects) {
        if (effects.size() >= MAX_EFFECTS || runsConditionallyOrLater(node)) {
            return;
        }
        if (node instanceof TryStmt attempt) {
            collect(attempt.getTryBlock(), effects);
            attempt.getFinallyBlock().ifPresent(block -> collect(block, effects));
            return;
        }
        if (node instanceof ThrowStmt thrown) {
            effects.add(new Effect.Throw(thrown.getExpression() instanceof ObjectCreationExpr creation
                    ? creation.getType().getNameAsString() : thrown.getExpression().toString()));
            return;
        }
        if (node instanceof YieldStmt yielded) {
            collect(yielded.getExpression(), effects);
            effects.add(new Effect.Return(valueText(yielded.getExpression()), enclosingMethod(yielded)));
            return;
        }
        if (node instanceof ReturnStmt returned) {
            returned.getExpression().ifPresent(value -> collect(value, effects));
            effects.add(new Effect.Return(returned.getExpression().map(EffectReader::valueText).orElse(""),
                    enclosingMethod(returned)));
            return;
        }
        if (node instanceof AssignExpr assign) {
            collect(assign.getValue(), effects);
            effects.add(new Effect.Assign(nameOf(assign.getTarget()), valueText(assign.getValue())));
            return;
        }
        if (node instanceof MethodCallExpr call) {
            call.getArguments().forEach(argument -> collect(argument, effects));
            String target = call.getScope().map(EffectReader::nameOf).orElse("");
            if (LOG_LEVELS.contains(call.getNameAsString()) && isLoggerName(target)) {
                effects.add(new Effect.Log(call.getNameAsString()));
            } else if (call.getNameAsString().equals("log") && isLoggerName(target) && !call.getArguments().isEmpty()) {
                // java.util.logging's log(Level.SEVERE, ...), Log4j's log(Level.ERROR, ...)
                effects.add(new Effect.Log(nameOf(call.getArgument(0)).toLowerCase(java.util.Locale.ROOT)));
            } else {
                effects.add(new Effect.Call(call.getNameAsString(), call.getArguments().size(), target));
            }
            return;
        }
        for (Node child : node.getChildNodes()) {
            collect(child, effects);
        }
    }

    private static boolean runsConditionallyOrLater(Node node) {
        return node instanceof LambdaExpr || node instanceof TypeDeclaration<?>
                || (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent())
                || node instanceof IfStmt || node instanceof SwitchStmt || node instanceof SwitchExpr
                || node instanceof ConditionalExpr || node instanceof ForStmt || node instanceof ForEachStmt
                || node instanceof WhileStmt || node instanceof DoStmt;
    }

    /** The effects of an expression that is itself the result (a ternary's branch, a switch expression's case). */
    static List<Effect> readValue(Expression value) {
        List<Effect> effects = read(value);
        effects.add(new Effect.Return(valueText(value), enclosingMethod(value)));
        return effects;
    }

    /** A value as the outcome judge reads it: the name of a constant, a call, a literal. */
    static String valueText(Expression value) {
        if (value instanceof MethodCallExpr call) {
            return call.getNameAsString() + "()";
        }
        return nameOf(value);
    }

    private static String nameOf(Expression expression) {
        if (expression instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (expression instanceof FieldAccessExpr access) {
            return access.getNameAsString();
        }
        if (expression instanceof MethodCallExpr call) {
            return call.getNameAsString();
        }
        return expression.toString();
    }

    private static String enclosingMethod(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration method) {
                return method.getNameAsString();
            }
            if (n instanceof LambdaExpr) {
                return "";
            }
        }
        return "";
    }

    static boolean isLoggerName(String name) {
        return Words.of(name).stream().anyMatch(w -> w.equals("log") || w.equals("logger"));
    }
}
