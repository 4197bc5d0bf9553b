package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.extract.KnownApis.Protocol;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an expression next to a value says about it: the other side of a comparison, a switch
 * selector, the target of a call. {@code client.getReplyCode()} on an {@code SMTPClient} says SMTP;
 * {@code connection.getResponseCode()} says HTTP; a variable named {@code reply} says "a code".
 */
final class OperandEvidence {
    private final KnownApis apis;
    private final ValueExpressions positions;
    private final Declarations declarations;

    OperandEvidence(KnownApis apis, ValueExpressions positions, Declarations declarations) {
        this.apis = apis;
        this.positions = positions;
        this.declarations = declarations;
    }

    /** What an expression says, looking {@code depth} levels into calls, variables and their initializers. */
    Set<Evidence> evidenceOf(Expression expression, int depth) {
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        if (depth == 0) {
            return evidence;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evidenceOf(enclosed.getInner(), depth);
        }
        if (expression instanceof CastExpr cast) {
            return evidenceOf(cast.getExpression(), depth);
        }
        if (expression instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            Optional<Protocol> byMethod = apis.protocolOfCodeMethod(name);
            Optional<Protocol> byReceiver = call.getScope().flatMap(this::protocolOfReceiver);
            if (byReceiver.isPresent()) {
                evidence.add(protocolEvidence(byReceiver.get()));
                if (byMethod.isPresent() && byReceiver.get() == Protocol.SMTP) {
                    evidence.add(Evidence.KNOWN_API);
                }
            } else if (byMethod.isPresent()) {
                evidence.add(protocolEvidence(byMethod.get()));
            }
            evidence.addAll(Vocabulary.ofName(name));
            call.getScope().ifPresent(scope -> evidence.addAll(evidenceOf(scope, depth - 1)));
            return evidence;
        }
        if (expression instanceof NameExpr name) {
            evidence.addAll(Vocabulary.ofName(name.getNameAsString()));
            declarations.find(name.getNameAsString(), expression).ifPresent(variable -> {
                protocolOfType(variable.type()).ifPresent(p -> evidence.add(protocolEvidence(p)));
                if (Contracts.of(variable.annotations(), "", positions).isPresent()) {
                    evidence.add(Evidence.ANNOTATION);
                }
                variable.initializer().ifPresent(init -> evidence.addAll(evidenceOf(init, depth - 1)));
            });
            protocolOfType(name.getNameAsString()).ifPresent(p -> evidence.add(protocolEvidence(p)));
            return evidence;
        }
        if (expression instanceof FieldAccessExpr access) {
            evidence.addAll(Vocabulary.ofName(access.getNameAsString()));
            evidence.addAll(evidenceOf(access.getScope(), depth - 1));
            return evidence;
        }
        if (expression instanceof BinaryExpr binary) {
            evidence.addAll(evidenceOf(binary.getLeft(), depth - 1));
            evidence.addAll(evidenceOf(binary.getRight(), depth - 1));
        }
        return evidence;
    }

    private Optional<Protocol> protocolOfReceiver(Expression scope) {
        if (scope instanceof NameExpr name) {
            Optional<Declarations.Variable> variable = declarations.find(name.getNameAsString(), scope);
            if (variable.isPresent()) {
                return protocolOfType(variable.get().type());
            }
            return protocolOfType(name.getNameAsString());
        }
        if (scope instanceof ObjectCreationExpr creation) {
            return protocolOfType(creation.getType().getNameAsString());
        }
        return Optional.empty();
    }

    Optional<Protocol> protocolOfType(String simpleName) {
        return apis.protocolOfType(simpleName);
    }

    static Evidence protocolEvidence(Protocol protocol) {
        return protocol == Protocol.SMTP ? Evidence.KNOWN_API : Evidence.OTHER_PROTOCOL;
    }

    Set<Evidence> typeNameEvidence(String typeName) {
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        for (Evidence e : Vocabulary.ofName(typeName)) {
            if (e == Evidence.SMTP_NAME || e == Evidence.CODE_NAME || e == Evidence.OTHER_PROTOCOL) {
                evidence.add(e);
            }
        }
        protocolOfType(typeName).ifPresent(p -> evidence.add(protocolEvidence(p)));
        return evidence;
    }
}
