package io.github.smtplint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} as an enhanced mail system status code of RFC 3463, such as
 * {@code "4.4.7"}. smtp-lint checks every value that reaches it against the IANA registry and,
 * when classes are given, against those classes ({@code 2.X.X}, {@code 4.X.X}, {@code 5.X.X}):
 *
 * <pre>{@code
 * @EnhancedStatus(ReplyClass.TRANSIENT_NEGATIVE)
 * static final String DELIVERY_EXPIRED = "4.4.7";
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.LOCAL_VARIABLE,
    ElementType.RECORD_COMPONENT
})
public @interface EnhancedStatus {
    /** The classes the value may belong to; empty means any class. */
    ReplyClass[] value() default {};
}
