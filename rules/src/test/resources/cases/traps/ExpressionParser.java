package com.example.calc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Parses arithmetic with prefix and postfix operators into a tree, and reports where it stopped. */
final class ExpressionParser {
    /** Error codes of the parser, as the calculator's API has returned them since version 1. */
    static final int ERROR_CODE_UNEXPECTED_TOKEN = 101;
    static final int ERROR_CODE_UNBALANCED = 102;
    static final int ERROR_CODE_TOO_DEEP = 103;

    private static final int MAX_DEPTH = 250;

    interface Node {
        double eval();
    }

    record Literal(double value) implements Node {
        public double eval() {
            return value;
        }
    }

    /** {@code n!}: the one postfix operator the calculator has. */
    record PostfixOperator(Node operand) implements Node {
        public double eval() {
            double result = 1;
            for (int i = 2; i <= (int) operand.eval(); i++) {
                result *= i;
            }
            return result;
        }
    }

    record PrefixMinus(Node operand) implements Node {
        public double eval() {
            return -operand.eval();
        }
    }

    static final class ParseError extends RuntimeException {
        final int code;

        ParseError(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    Node parse(List<String> tokens) {
        Deque<Node> operands = new ArrayDeque<>();
        int depth = 0;
        for (String token : tokens) {
            if (++depth > MAX_DEPTH) {
                throw new ParseError(ERROR_CODE_TOO_DEEP, "expression nested deeper than " + MAX_DEPTH);
            }
            switch (token) {
                case "!" -> operands.push(new PostfixOperator(operands.pop()));
                case "neg" -> operands.push(new PrefixMinus(operands.pop()));
                default -> operands.push(new Literal(Double.parseDouble(token)));
            }
        }
        if (operands.size() != 1) {
            throw new ParseError(ERROR_CODE_UNBALANCED, operands.size() + " operands left over");
        }
        return operands.pop();
    }

    static String describe(ParseError error) {
        return switch (error.code) {
            case ERROR_CODE_UNEXPECTED_TOKEN -> "unexpected token";
            case ERROR_CODE_UNBALANCED -> "unbalanced expression";
            default -> "expression too deep";
        };
    }
}
