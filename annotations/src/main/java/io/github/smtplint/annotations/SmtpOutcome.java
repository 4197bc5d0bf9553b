package io.github.smtplint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what calling a method means for the message or session at hand, so that smtp-lint can
 * judge the code that reacts to a reply. It teaches the checker a team's own vocabulary:
 *
 * <pre>{@code
 * @SmtpOutcome(Outcome.PERMANENT_FAILURE)
 * void markBounced(Message message) { ... }
 *
 * @SmtpOutcome(Outcome.TRANSIENT_FAILURE)
 * void scheduleRetry(Message message) { ... }
 * }</pre>
 *
 * A declared outcome takes precedence over every guess smtp-lint would make from names.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SmtpOutcome {
    /** What calling the annotated method means. */
    Outcome value();
}
