package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.smtplint.annotations.Outcome;
import java.util.List;
import java.util.Optional;

/** Reads {@code @SmtpOutcome(Outcome.X)} on a method. */
final class Outcomes {
    private Outcomes() {
    }

    static Optional<Outcome> declared(List<AnnotationExpr> annotations) {
        for (AnnotationExpr annotation : annotations) {
            if (!annotation.getName().getIdentifier().equals("SmtpOutcome")) {
                continue;
            }
            for (Expression expression : annotation.findAll(Expression.class)) {
                String name = expression instanceof NameExpr n ? n.getNameAsString()
                        : expression instanceof FieldAccessExpr f ? f.getNameAsString() : "";
                for (Outcome outcome : Outcome.values()) {
                    if (outcome.name().equals(name)) {
                        return Optional.of(outcome);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
