package io.github.smtplint.facts;

/**
 * What an enclosing {@code if} already decided about the tested value: inside
 * {@code if (reply >= 500) {...} else { here }}, {@code reply >= 500} is known to be false.
 *
 * @param operand the tested expression as written, e.g. "reply"
 * @param operator the comparison with the value on the right: {@code ==}, {@code !=}, {@code <}, ...
 * @param value the number compared with
 * @param holds whether the comparison is known true (then-branch) or false (else-branch)
 */
public record Narrowing(String operand, String operator, int value, boolean holds) {
}
