package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
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

    /**
     * What earlier tests decided about values where a node runs: the conditions of the {@code if}s around it
     * (true in their then-branch, false in their else-branch), and of the {@code if}s before it in the same
     * blocks whose branch always leaves ({@code if (code >= 500) return BOUNCED;}), which are false after them.
     */
    private static List<Narrowing> narrowings(Node node) {
        List<Narrowing> known = new ArrayList<>();
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null;
                child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt outer && outer.getCondition() != child) {
                Node inside = child;
                boolean inThen = outer.getThenStmt() == inside;
                boolean inElse = outer.getElseStmt().map(e -> e == inside).orElse(false);
                if (inThen || inElse) {
                    decided(outer.getCondition(), inThen, known);
                }
            } else if (parent instanceof BlockStmt block && child instanceof Statement statement) {
                for (Statement before : block.getStatements()) {
                    if (before == statement) {
                        break;
                    }
                    if (before instanceof IfStmt early && early.getElseStmt().isEmpty() && alwaysLeaves(early.getThenStmt())) {
                        decided(early.getCondition(), false, known);
                    }
                }
            }
        }
        return known;
    }

    /** What a condition known to be {@code holds} says: its comparisons and class tests, through {@code !}, && and ||. */
    private static void decided(Expression condition, boolean holds, List<Narrowing> known) {
        Expression test = stripped(condition);
        if (test instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            decided(unary.getExpression(), !holds, known);
        } else if (test instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.AND && holds
                || test instanceof BinaryExpr orTest && orTest.getOperator() == BinaryExpr.Operator.OR && !holds) {
            BinaryExpr both = (BinaryExpr) test;
            decided(both.getLeft(), holds, known);
            decided(both.getRight(), holds, known);
        } else if (test instanceof BinaryExpr comparison) {
            Optional<ClassTests.ClassTest> classTest = ClassTests.byDivision(comparison);
            if (classTest.isPresent()) {
                known.add(classNarrowing(classTest.get(), holds));
            } else {
                narrowingOf(comparison, holds).ifPresent(known::add);
            }
        } else if (test instanceof MethodCallExpr call) {
            ClassTests.byMethod(call).ifPresent(classTest -> known.add(classNarrowing(classTest, holds)));
        }
    }

    private static Narrowing classNarrowing(ClassTests.ClassTest test, boolean holds) {
        return new Narrowing(test.code().toString(), ClassTests.OPERATOR, test.replyClass() * 100,
                test.negated() != holds);
    }

    /** Whether a branch never falls through: it ends in return, throw, break, continue or yield. */
    static boolean alwaysLeaves(Statement statement) {
        Statement last = statement;
        while (last instanceof BlockStmt block && !block.getStatements().isEmpty()) {
            last = block.getStatements().get(block.getStatements().size() - 1);
        }
        return last instanceof ReturnStmt || last instanceof ThrowStmt || last instanceof BreakStmt
                || last instanceof ContinueStmt || last instanceof YieldStmt;
    }

    private static Optional<Narrowing> narrowingOf(BinaryExpr comparison, boolean holds) {
        String operator = comparison.getOperator().asString();
        if (!List.of("==", "!=", "<", "<=", ">", ">=").contains(operator)) {
            return Optional.empty();
        }
        if (comparison.getRight() instanceof IntegerLiteralExpr number) {
            return Optional.of(new Narrowing(comparison.getLeft().toString(), operator,
                    IntegerLiterals.valueOf(number), holds));
        }
        if (comparison.getLeft() instanceof IntegerLiteralExpr number) {
            String mirrored = switch (operator) {
                case "<" -> ">";
                case "<=" -> ">=";
                case ">" -> "<";
                case ">=" -> "<=";
                default -> operator;
            };
            return Optional.of(new Narrowing(comparison.getRight().toString(), mirrored,
                    IntegerLiterals.valueOf(number), holds));
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
        boolean yieldsValue = owner instanceof SwitchExpr;
        List<Effect> effects = new ArrayList<>();
        for (int i = Siblings.indexOf(entries, entry); i >= 0 && i < entries.size(); i++) {
            SwitchEntry group = entries.get(i);
            group.getStatements().forEach(statement -> effects.addAll(effectsOfCase(statement, yieldsValue)));
            boolean fallsThrough = group.getType() == SwitchEntry.Type.STATEMENT_GROUP
                    && (group.getStatements().isEmpty() || !alwaysLeaves(group.getStatements().get(group.getStatements().size() - 1)));
            if (!fallsThrough) {
                return Optional.of(new Guard(test, Optional.of(new Branch(effects, true)), Optional.empty(),
                        List.of()));
            }
        }
        return effects.isEmpty() ? Optional.empty()
                : Optional.of(new Guard(test, Optional.of(new Branch(effects, true)), Optional.empty(), List.of()));
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
