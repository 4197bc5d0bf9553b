package io.github.smtplint.rules;

import io.github.smtplint.engine.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, in one place on the rule's class (like Error Prone's {@code @BugPattern}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** The stable id used in configuration, suppressions, reports and docs. */
    String id();

    /** The severity of its findings unless configured otherwise; a rule may report some findings lower. */
    Severity severity();

    /** One line: what the rule flags. */
    String summary();

    /** The RFC sections the rule rests on. */
    String reference();

    /** Why it matters and what to do, in a few sentences. */
    String explanation();
}
