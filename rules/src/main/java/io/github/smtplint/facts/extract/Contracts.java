package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.smtplint.annotations.ReplyClass;
import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.facts.Contract;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code @SmtpReply} and {@code @EnhancedStatus} into {@link Contract}s. */
final class Contracts {
    static final String SMTP_REPLY = "SmtpReply";
    static final String ENHANCED_STATUS = "EnhancedStatus";
    static final String SMTP_CODES = "SmtpCodes";

    private Contracts() {
    }

    static Optional<Contract> of(List<AnnotationExpr> annotations, String target, ValueExpressions positions) {
        for (AnnotationExpr annotation : annotations) {
            String name = annotation.getName().getIdentifier();
            if (name.equals(SMTP_REPLY) || name.equals(ENHANCED_STATUS)) {
                SourcePosition at = positions.position(annotation);
                return Optional.of(new Contract(name, target, classes(annotation), at));
            }
        }
        return Optional.empty();
    }

    /** Whether any of the annotations is one of smtp-lint's: the only source of a contract or a codes type. */
    static boolean anyIn(List<AnnotationExpr> annotations) {
        return annotations.stream().map(a -> a.getName().getIdentifier())
                .anyMatch(name -> name.equals(SMTP_REPLY) || name.equals(ENHANCED_STATUS) || name.equals(SMTP_CODES));
    }

    static boolean has(List<AnnotationExpr> annotations, String simpleName) {
        return annotations.stream().anyMatch(a -> a.getName().getIdentifier().equals(simpleName));
    }

    /** The {@link ReplyClass} constants named in the annotation, however they are written. */
    private static Set<ReplyClass> classes(AnnotationExpr annotation) {
        Set<ReplyClass> classes = EnumSet.noneOf(ReplyClass.class);
        for (Expression expression : annotation.findAll(Expression.class)) {
            String identifier = expression instanceof NameExpr name ? name.getNameAsString()
                    : expression instanceof FieldAccessExpr access ? access.getNameAsString() : null;
            if (identifier == null) {
                continue;
            }
            for (ReplyClass replyClass : ReplyClass.values()) {
                if (replyClass.name().equals(identifier)) {
                    classes.add(replyClass);
                }
            }
        }
        return classes;
    }
}
