package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.facts.Value;
import io.github.smtplint.facts.ValueExpression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Java expression into the {@link ValueExpression} the engine can evaluate. */
final class ValueExpressions {
    private final Path file;
    private final Declarations declarations;
    private final SharedValues shared;
    /** A site and the literal it consists of share one position. */
    private final Map<Node, SourcePosition> positions = new IdentityHashMap<>();

    ValueExpressions(Path file, Declarations declarations, SharedValues shared) {
        this.file = file;
        this.declarations = declarations;
        this.shared = shared;
    }

    ValueExpression of(Expression expression) {
        if (expression instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner());
        }
        if (expression instanceof CastExpr cast) {
            return of(cast.getExpression());
        }
        if (expression instanceof IntegerLiteralExpr literal) {
            try {
                Value.IntValue value = new Value.IntValue(IntegerLiterals.valueOf(literal));
                return new ValueExpression.Literal(value, position(literal));
            } catch (NumberFormatException tooLarge) {
                return ValueExpression.UNKNOWN;
            }
        }
        if (expression instanceof StringLiteralExpr literal) {
            return new ValueExpression.Literal(new Value.StringValue(literal.asString()), position(literal));
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return new ValueExpression.Literal(new Value.StringValue(block.asString()), position(block));
        }
        if (expression instanceof CharLiteralExpr literal) {
            return new ValueExpression.Literal(new Value.StringValue(String.valueOf(literal.asChar())), position(literal));
        }
        if (expression instanceof NameExpr name) {
            // A local variable or a parameter shadows any field of that name, and its value is no constant.
            boolean local = declarations.find(name.getNameAsString(), name)
                    .filter(variable -> !variable.kind().equals("field")).isPresent();
            return local ? ValueExpression.UNKNOWN
                    : new ValueExpression.ConstantReference("", shared.text(name.getNameAsString()), position(name));
        }
        if (expression instanceof FieldAccessExpr access && isQualifiedName(access.getScope())) {
            return new ValueExpression.ConstantReference(shared.text(access.getScope().toString()),
                    shared.text(access.getNameAsString()), position(access));
        }
        if (expression instanceof BinaryExpr binary) {
            return binary(binary);
        }
        return ValueExpression.UNKNOWN;
    }

    private ValueExpression binary(BinaryExpr binary) {
        return switch (binary.getOperator()) {
            case PLUS -> isConcatenation(binary) ? concatenation(binary) : arithmetic('+', binary);
            case MINUS -> arithmetic('-', binary);
            case MULTIPLY -> arithmetic('*', binary);
            case DIVIDE -> arithmetic('/', binary);
            case REMAINDER -> arithmetic('%', binary);
            default -> ValueExpression.UNKNOWN;
        };
    }

    private ValueExpression arithmetic(char operator, BinaryExpr binary) {
        return new ValueExpression.Arithmetic(operator, of(binary.getLeft()), of(binary.getRight()));
    }

    private ValueExpression concatenation(BinaryExpr binary) {
        List<ValueExpression> parts = new ArrayList<>();
        flatten(binary, parts);
        return new ValueExpression.Concatenation(parts);
    }

    private void flatten(Expression expression, List<ValueExpression> parts) {
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS
                && isConcatenation(binary)) {
            flatten(binary.getLeft(), parts);
            flatten(binary.getRight(), parts);
        } else {
            parts.add(of(expression));
        }
    }

    /**
     * Whether a {@code +} joins strings. Without types this is a guess from the operands: a string
     * literal on either side, or a nested concatenation on the left.
     */
    static boolean isConcatenation(BinaryExpr binary) {
        if (binary.getOperator() != BinaryExpr.Operator.PLUS) {
            return false;
        }
        return isStringy(binary.getLeft()) || isStringy(binary.getRight());
    }

    private static boolean isStringy(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        if (inner instanceof StringLiteralExpr || inner instanceof TextBlockLiteralExpr) {
            return true;
        }
        return inner instanceof BinaryExpr binary && isConcatenation(binary);
    }

    /** {@code a.b.Codes} or {@code Codes}: names only, no calls or array access. */
    private static boolean isQualifiedName(Expression scope) {
        if (scope instanceof NameExpr) {
            return true;
        }
        return scope instanceof FieldAccessExpr access && isQualifiedName(access.getScope());
    }

    SourcePosition position(Node node) {
        return positions.computeIfAbsent(node, this::positionOf);
    }

    private SourcePosition positionOf(Node node) {
        return node.getRange()
                .map(range -> new SourcePosition(file, range.begin.line, range.begin.column, range.end.line,
                        range.end.column))
                .orElse(new SourcePosition(file, 0, 0));
    }
}
