package io.github.smtplint.catalog;

import io.github.smtplint.annotations.ReplyClass;
import java.util.Optional;

/**
 * An enhanced mail system status code, {@code class.subject.detail} (RFC 3463 §2), as written; it
 * may be malformed or unregistered. {@link Catalog#enhanced(String)} judges it.
 */
public record EnhancedCode(int classDigit, int subject, int detail) {

    /** The class the first sub-code stands for; empty for anything but 2, 4 and 5. */
    public Optional<ReplyClass> replyClass() {
        return classDigit == 3 ? Optional.empty() : ReplyClasses.ofFirstDigit(classDigit);
    }

    /** The registry's key for every class of this code, e.g. "X.1.1". */
    public String registryKey() {
        return "X." + subject + "." + detail;
    }

    @Override
    public String toString() {
        return classDigit + "." + subject + "." + detail;
    }
}
