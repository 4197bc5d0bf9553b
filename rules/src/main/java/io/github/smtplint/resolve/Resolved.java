package io.github.smtplint.resolve;

import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.facts.Value;
import java.util.Set;

/**
 * A value worked out from literals and constants.
 *
 * @param value the value; for an incomplete string, the part known from its start
 * @param complete false when a string was cut at a part only known at run time ({@code "550 " + user})
 * @param origin where the value is written: the literal, or the declaration of the constant it comes from
 * @param constants the qualified names of the constants it was computed from
 */
public record Resolved(Value value, boolean complete, SourcePosition origin, Set<String> constants) {
    public Resolved {
        constants = Set.copyOf(constants);
    }
}
