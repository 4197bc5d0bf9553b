package io.github.smtplint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type whose constants are all SMTP codes: a class or interface of {@code static final}
 * reply codes or enhanced status codes, or an enum whose constants carry them. smtp-lint checks
 * every constant strictly: it must be registered in the RFC catalog, and its name must not
 * contradict its meaning.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SmtpCodes {
}
