package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import java.util.Map;
import java.util.Optional;

/** Recognises tests of a whole reply class: {@code code / 100 == 4}, {@code SMTPReply.isNegativeTransient(code)}. */
final class ClassTests {
    /** The operator a class test's site carries: its value stands for the class's first code, 200 to 500. */
    static final String OPERATOR = "class";

    private static final Map<String, Integer> CLASS_METHODS = Map.of(
            "isPositiveCompletion", 2, "isPositiveIntermediate", 3, "isNegativeTransient", 4, "isNegativePermanent", 5);

    /**
     * A class test.
     *
     * @param code the expression whose class is tested
     * @param replyClass the first digit tested for
     * @param negated whether the test holds for the other classes ({@code code / 100 != 5})
     * @param knownApi whether a known SMTP library makes the test
     */
    record ClassTest(Expression code, int replyClass, boolean negated, boolean knownApi) {
    }

    private ClassTests() {
    }

    static Optional<ClassTest> byDivision(BinaryExpr test) {
        boolean equals = test.getOperator() == BinaryExpr.Operator.EQUALS;
        if (!equals && test.getOperator() != BinaryExpr.Operator.NOT_EQUALS) {
            return Optional.empty();
        }
        Optional<Expression> code = dividedByHundred(test.getLeft()).or(() -> dividedByHundred(test.getRight()));
        Expression digit = dividedByHundred(test.getLeft()).isPresent() ? test.getRight() : test.getLeft();
        if (code.isEmpty() || !(digit instanceof IntegerLiteralExpr literal)) {
            return Optional.empty();
        }
        int replyClass = IntegerLiterals.valueOf(literal);
        return replyClass >= 2 && replyClass <= 5
                ? Optional.of(new ClassTest(code.get(), replyClass, !equals, false))
                : Optional.empty();
    }

    static Optional<ClassTest> byMethod(MethodCallExpr call) {
        Integer replyClass = CLASS_METHODS.get(call.getNameAsString());
        if (replyClass == null || call.getArguments().size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new ClassTest(call.getArgument(0), replyClass, false, true));
    }

    /** {@code switch (code / 100) { case 4 -> ... }}: each label from 2 to 5 tests a class. */
    static Optional<ClassTest> byCaseLabel(SwitchEntry entry, Expression label) {
        Optional<Expression> selector = entry.getParentNode().flatMap(owner -> owner instanceof SwitchStmt statement
                ? Optional.of(statement.getSelector())
                : owner instanceof SwitchExpr expression ? Optional.of(expression.getSelector()) : Optional.empty());
        Optional<Expression> code = selector.flatMap(ClassTests::dividedByHundred);
        if (code.isEmpty() || !(label instanceof IntegerLiteralExpr literal)) {
            return Optional.empty();
        }
        int replyClass = IntegerLiterals.valueOf(literal);
        return replyClass >= 2 && replyClass <= 5
                ? Optional.of(new ClassTest(code.get(), replyClass, false, false))
                : Optional.empty();
    }

    private static Optional<Expression> dividedByHundred(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        if (inner instanceof BinaryExpr division && division.getOperator() == BinaryExpr.Operator.DIVIDE
                && division.getRight() instanceof IntegerLiteralExpr divisor
                && IntegerLiterals.valueOf(divisor) == 100) {
            return Optional.of(division.getLeft());
        }
        return Optional.empty();
    }
}
