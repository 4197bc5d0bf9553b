package io.github.smtplint.facts;

import io.github.smtplint.engine.SourcePosition;
import java.util.List;
import java.util.stream.Stream;

/**
 * The part of a Java expression the engine can evaluate without a compiler: literals, references
 * to constants (resolved across files later), string concatenation and integer arithmetic.
 * Everything else is {@link Unknown}.
 */
public sealed interface ValueExpression {

    /** A literal written at {@code position}. */
    record Literal(Value value, SourcePosition position) implements ValueExpression {
    }

    /**
     * A name that may denote a constant: {@code NAME}, {@code Codes.NAME} or {@code a.b.Codes.NAME}.
     *
     * @param qualifier what stands before the name ("" for a simple name)
     * @param name the field's name
     * @param position where the reference is written
     */
    record ConstantReference(String qualifier, String name, SourcePosition position) implements ValueExpression {
    }

    /** {@code a + b + ...} where at least one operand is a string. */
    record Concatenation(List<ValueExpression> parts) implements ValueExpression {
        public Concatenation {
            parts = List.copyOf(parts);
        }
    }

    /** Integer arithmetic on two operands: {@code +}, {@code -}, {@code *}, {@code /}, {@code %}. */
    record Arithmetic(char operator, ValueExpression left, ValueExpression right) implements ValueExpression {
    }

    /** Anything the engine does not evaluate (method calls, fields of objects, ...). */
    record Unknown() implements ValueExpression {
    }

    ValueExpression UNKNOWN = new Unknown();

    /** The simple names of the constants this expression refers to. */
    default List<String> referencedNames() {
        if (this instanceof ConstantReference reference) {
            return List.of(reference.name());
        }
        if (this instanceof Concatenation concatenation) {
            return concatenation.parts().stream().flatMap(part -> part.referencedNames().stream()).toList();
        }
        if (this instanceof Arithmetic arithmetic) {
            return Stream.concat(arithmetic.left().referencedNames().stream(),
                    arithmetic.right().referencedNames().stream()).toList();
        }
        return List.of();
    }
}
