package io.github.smtplint.facts;

import io.github.smtplint.engine.SourcePosition;
import java.util.Optional;
import java.util.Set;

/**
 * A place in one file that may hold an SMTP code, as read from the syntax tree before constants
 * are resolved across files.
 *
 * @param role how the site holds its value
 * @param position where the value (or the reference to it) is written
 * @param expression the value, still unresolved
 * @param evidence what the site itself says about being SMTP
 * @param use how the code uses the value
 * @param scope what names mean here
 * @param constant for a declaration, the constant's qualified name
 */
public record CandidateSite(
        Role role,
        SourcePosition position,
        ValueExpression expression,
        Set<Evidence> evidence,
        Use use,
        TypeScope scope,
        Optional<String> constant) {

    public CandidateSite {
        evidence = Set.copyOf(evidence);
    }
}
