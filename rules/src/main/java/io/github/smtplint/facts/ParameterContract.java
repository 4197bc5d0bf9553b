package io.github.smtplint.facts;

/**
 * A parameter declared with {@code @SmtpReply} or {@code @EnhancedStatus}, so that arguments
 * passed to it from any file can be checked.
 *
 * @param callable the method's name, or the class's simple name for a constructor
 * @param arity how many parameters the method or constructor has
 * @param index the parameter's position
 * @param contract what the annotation declares
 */
public record ParameterContract(String callable, int arity, int index, Contract contract) {
}
