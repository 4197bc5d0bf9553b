package io.github.smtplint.facts;

import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.engine.SourcePosition;
import java.util.Set;

/**
 * What an smtp-lint annotation declares about the values a declaration holds.
 *
 * @param annotation "SmtpReply" or "EnhancedStatus"
 * @param target the annotated declaration, e.g. "parameter code of reject" or "field REJECTED"
 * @param classes the classes allowed; empty means any
 * @param declaredAt where the annotation is
 */
public record Contract(String annotation, String target, Set<ReplyClass> classes, SourcePosition declaredAt) {
    public Contract {
        classes = Set.copyOf(classes);
    }
}
