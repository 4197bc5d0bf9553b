package io.github.smtplint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code int} or {@code String} as an SMTP reply code, such as {@code 250} or
 * {@code "550 5.1.1 User unknown"}. smtp-lint checks every value that reaches it against the RFC
 * catalog and, when classes are given, against those classes:
 *
 * <pre>{@code
 * @SmtpReply(ReplyClass.PERMANENT_NEGATIVE)
 * static final int MAILBOX_UNAVAILABLE = 550;
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
public @interface SmtpReply {
    /** The classes the value may belong to; empty means any class. */
    ReplyClass[] value() default {};
}
