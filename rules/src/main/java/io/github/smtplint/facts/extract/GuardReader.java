package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.smtplint.facts.Branch;
import io.github.smtplint.facts.Effect;
import io.github.smtplint.facts.Guard;
import io.github.smtplint.facts.Narrowing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a test of a reply code decides: the branches of the {@code if}, ternary or
 * {@code switch} it sits in, read through {@code !}, {@code &&} and {@code ||}. A branch is kept only
 * when the test alone decides that it runs.
 */
final class GuardReader {
    /** What the enclosing condition is when the test holds (or fails): true, false, or decided by other tests. */
    private enum Truth {
        TRUE, FALSE, OPEN;

        Truth negated() {
            return this == TRUE ? FALSE : this == FALSE ? TRUE : OPEN;
        }
    }

    private GuardReader() {
    }

    /** The guard of a comparison or class test, if it is the condition (or part of it) of a branch. */
    static Optional<Guard> ofTest(Expression test) {
        Truth whenHolds = Truth.TRUE;
        Truth whenFails = Truth.FALSE;
        Node child = test;
        Node parent = test.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof UnaryExpr || parent instanceof BinaryExpr) {
            if (parent instanceof UnaryExpr unary) {
                if (unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                    return Optional.empty();
                }
                whenHolds = whenHolds.negated();
                whenFails = whenFails.negated();
            } else if (parent instanceof BinaryExpr binary) {
                if (binary.getOperator() == BinaryExpr.Operator.AND) {
                    whenHolds = whenHolds == Truth.TRUE ? Truth.OPEN : whenHolds;
                    whenFails = whenFails == Truth.TRUE ? Truth.OPEN : whenFails;
                } else if (binary.getOperator() == BinaryExpr.Operator.OR) {
                    whenHolds = whenHolds == Truth.FALSE ? Truth.OPEN : whenHolds;
                    whenFails = whenFails == Truth.FALSE ? Truth.OPEN : whenFails;
                } else {
                    return Optional.empty();
                }
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        String text = test.toString();
        if (parent instanceof IfStmt branch && branch.getCondition() == child) {
            Optional<Statement> orElse = branch.getElseStmt();
            return Optional.of(new Guard(text, pick(whenHolds, branch.getThenStmt(), orElse.orElse(null)),
                    pick(whenFails, branch.getThenStmt(), orElse.orElse(null)), narrowings(branch)));
        }
        if (parent instanceof ConditionalExpr ternary && ternary.getCondition() == child) {
            return Optional.of(new Guard(text, pickValue(whenHolds, ternary.getThenExpr(), ternary.getElseExpr()),
                    pickValue(whenFails, ternary.getThenExpr(), ternary.getElseExpr()), narrowings(ternary)));
        }
        return Optional.empty();
    }

    /** What the {@code if}s around a node decided: simple comparisons with a number, true in then, false in else. */
    private static List<Narrowing> narrowings(Node node) {
        List<Narrowing> known = new ArrayList<>();
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (!(parent instanceof IfStmt outer) || outer.getCondition() == child) {
                continue;
            }
            Node inside = child;
            boolean inThen = outer.getThenStmt() == inside;
            boolean inElse = outer.getElseStmt().map(e -> e == inside).orElse(false);
            if ((inThen || inElse) && stripped(outer.getCondition()) instanceof BinaryExpr comparison) {
                narrowingOf(comparison, inThen).ifPresent(known::add);
            }
        }
        return known;
    }

    private static Optional<Narrowing> narrowingOf(BinaryExpr comparison, boolean holds) {
        String operator = comparison.getOperator().asString();
        if (!List.of("==", "!=", "<", "<=", ">", ">=").contains(operator)) {
            return Optional.empty();
        }
        if (comparison.getRight() instanceof IntegerLiteralExpr number) {
            return Optional.of(new Narrowing(comparison.getLeft().toString(), operator, number.asNumber().intValue(),
                    holds));
        }
        if (comparison.getLeft() instanceof IntegerLiteralExpr number) {
            String mirrored = switch (operator) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> operator;
            };
            return Optional.of(new Narrowing(comparison.getRight().toString(), mirrored, number.asNumber().intValue(),
                    holds));
        }
        return Optional.empty();
    }

    private static Expression stripped(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }

    /** The guard of a {@code case} label: the statements of its group, falling through empty groups. */
    static Optional<Guard> ofCase(SwitchEntry entry, String test) {
        Node owner = entry.getParentNode().orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        List<SwitchEntry> entries = owner.getChildNodes().stream()
                .filter(SwitchEntry.class::isInstance).map(SwitchEntry.class::cast).toList();
        for (int i = entries.indexOf(entry); i >= 0 && i < entries.size(); i++) {
            SwitchEntry group = entries.get(i);
            if (!group.getStatements().isEmpty()) {
                boolean yieldsValue = owner instanceof SwitchExpr;
                Branch branch = new Branch(group.getStatements().stream()
                        .flatMap(statement -> effectsOfCase(statement, yieldsValue).stream()).toList(), true);
                return Optional.of(new Guard(test, Optional.of(branch), Optional.empty(), List.of()));
            }
        }
        return Optional.empty();
    }

    /** In a switch expression, {@code case 250 -> Status.DELIVERED;} yields its expression. */
    private static List<Effect> effectsOfCase(Statement statement, boolean yieldsValue) {
        if (yieldsValue && statement instanceof ExpressionStmt expression) {
            return EffectReader.readValue(expression.getExpression());
        }
        if (statement instanceof YieldStmt yielded) {
            return EffectReader.readValue(yielded.getExpression());
        }
        return EffectReader.read(statement);
    }

    private static Optional<Branch> pickValue(Truth truth, Expression whenTrue, Expression whenFalse) {
        Expression value = truth == Truth.TRUE ? whenTrue : truth == Truth.FALSE ? whenFalse : null;
        return value == null ? Optional.empty() : Optional.of(new Branch(EffectReader.readValue(value), true));
    }

    private static Optional<Branch> pick(Truth truth, Node whenTrue, Node whenFalse) {
        Node code = truth == Truth.TRUE ? whenTrue : truth == Truth.FALSE ? whenFalse : null;
        return code == null ? Optional.empty() : Optional.of(new Branch(EffectReader.read(code), true));
    }
}
