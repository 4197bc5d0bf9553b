package io.github.smtplint.sites;

import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.Role;
import io.github.smtplint.facts.Use;
import io.github.smtplint.facts.Value;
import java.util.Optional;
import java.util.Set;

/**
 * A place where the source holds a value the engine believes is an SMTP code, with its value
 * resolved across files. This is what rules see.
 *
 * @param role how the site holds its value
 * @param position where the value or the reference to it is written
 * @param origin where the value itself is written (the literal, or the constant's declaration)
 * @param value the resolved value
 * @param complete false for a string cut at a part known only at run time
 * @param shape what kind of SMTP code it is
 * @param evidence why the engine believes it is SMTP
 * @param use how the code uses it
 * @param constant for a declaration, the constant's qualified name
 */
public record Site(
        Role role,
        SourcePosition position,
        SourcePosition origin,
        Value value,
        boolean complete,
        CodeShape shape,
        Set<Evidence> evidence,
        Use use,
        Optional<String> constant) {

    /** The operators that make a value a bound: comparisons of order, and tests of a whole class. */
    public static final Set<String> BOUND_OPERATORS = Set.of("<", "<=", ">", ">=", "class");

    public Site {
        evidence = Set.copyOf(evidence);
    }

    /** Whether this site is where the value is written, so that rules about the value speak here once. */
    public boolean holdsTheValue() {
        return role != Role.CONSTANT_USE;
    }

    /**
     * Whether the value is the bound of a range or class test ({@code code >= 400}, {@code code / 100 == 5})
     * rather than a code: 400 is not a reply anyone sends.
     */
    public boolean isBound() {
        return use.operator().map(BOUND_OPERATORS::contains).orElse(false);
    }

    /** The simple name the value is declared as or assigned to, e.g. "SERVICE_READY". */
    public Optional<String> name() {
        return constant.map(c -> c.substring(c.lastIndexOf('.') + 1)).or(use::name);
    }

    /** Whether an annotation or an {@code @SmtpCodes} type declares the value an SMTP code. */
    public boolean declaredSmtp() {
        return evidence.contains(Evidence.ANNOTATION) || evidence.contains(Evidence.CODES_TYPE);
    }
}
