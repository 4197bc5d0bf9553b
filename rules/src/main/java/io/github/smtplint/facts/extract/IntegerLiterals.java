package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.expr.IntegerLiteralExpr;

/** The values of {@code int} literals, read for every one the extractor meets. */
final class IntegerLiterals {
    /** Nine digits always fit in an {@code int}. */
    private static final int SAFE_DIGITS = 9;

    private IntegerLiterals() {
    }

    /**
     * The literal's value. A plain decimal ({@code 221}) is read directly: JavaParser's own reading
     * removes underscores with a regular expression, compiled anew for each literal. Others (hex, octal,
     * binary, underscores) are left to it.
     *
     * @throws NumberFormatException if the literal does not fit in an {@code int}
     */
    static int valueOf(IntegerLiteralExpr literal) {
        String text = literal.getValue();
        if (isPlainDecimal(text)) {
            return Integer.parseInt(text);
        }
        return literal.asNumber().intValue();
    }

    private static boolean isPlainDecimal(String text) {
        if (text.isEmpty() || text.length() > SAFE_DIGITS || (text.length() > 1 && text.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
