package io.github.smtplint.facts;

import io.github.smtplint.annotations.Outcome;

/**
 * A method annotated {@code @SmtpOutcome}: calling it means the declared outcome, whatever its name.
 *
 * @param name the method's name
 * @param arity how many parameters it has
 * @param outcome what calling it means
 */
public record OutcomeMethod(String name, int arity, Outcome outcome) {
}
