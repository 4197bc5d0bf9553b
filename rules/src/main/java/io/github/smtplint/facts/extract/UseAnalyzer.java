package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import io.github.smtplint.facts.Contract;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.Use;
import io.github.smtplint.facts.extract.KnownApis.Protocol;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads how the code around a value uses it — the name it is declared as, what it is compared
 * with, which method receives or returns it — and what that says about the value being SMTP.
 */
final class UseAnalyzer {
    private static final Set<String> COLLECTION_FACTORIES = Set.of("of", "asList", "copyOf", "ofEntries", "entry");
    private static final Set<String> STRING_COMPARISONS = Set.of(
            "equals", "equalsIgnoreCase", "startsWith", "endsWith", "contains", "compareTo", "matches");
    private static final int OPERAND_DEPTH = 3;

    private final KnownApis apis;
    private final ValueExpressions positions;

    UseAnalyzer(KnownApis apis, ValueExpressions positions) {
        this.apis = apis;
        this.positions = positions;
    }

    /** What the code does with a value, and what that says about the value. */
    record Reading(Use use, Set<Evidence> evidence) {
    }

    Reading read(Expression value) {
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        Use use = Use.NONE;
        Node child = value;
        Node parent = value.getParentNode().orElse(null);
        while (parent != null) {
            if (parent instanceof EnclosedExpr || parent instanceof CastExpr
                    || parent instanceof ArrayInitializerExpr || parent instanceof ArrayCreationExpr
                    || (parent instanceof ConditionalExpr conditional && child != conditional.getCondition())
                    || (parent instanceof MethodCallExpr factory && COLLECTION_FACTORIES.contains(factory.getNameAsString())
                        && factory.getArguments().contains(child))) {
                child = parent;
                parent = parent.getParentNode().orElse(null);
                continue;
            }
            if (parent instanceof BinaryExpr binary && isComparison(binary)) {
                Expression other = binary.getLeft() == child ? binary.getRight() : binary.getLeft();
                use = use.withComparison(binary.getOperator().asString(), other.toString());
                evidence.addAll(evidenceOf(other, OPERAND_DEPTH));
            } else if (parent instanceof MethodCallExpr call) {
                use = readCall(call, child, use, evidence);
            } else if (parent instanceof ObjectCreationExpr creation) {
                String type = creation.getType().getNameAsString();
                int index = creation.getArguments().indexOf(child);
                use = readArgument(type, index, creation.getArguments(), use, evidence);
                protocolOfType(type).ifPresent(p -> evidence.add(protocolEvidence(p)));
            } else if (parent instanceof ExplicitConstructorInvocationStmt invocation) {
                int index = invocation.getArguments().indexOf(child);
                String type = superclassOf(invocation).orElse("super");
                use = readArgument(type, index, invocation.getArguments(), use, evidence);
            } else if (parent instanceof SwitchEntry entry && entry.getLabels().contains(child)) {
                Optional<Expression> selector = selectorOf(entry);
                use = use.withComparison("case", selector.map(Expression::toString).orElse(""));
                selector.ifPresent(s -> evidence.addAll(evidenceOf(s, OPERAND_DEPTH)));
            } else if (parent instanceof ReturnStmt) {
                Optional<MethodDeclaration> method = enclosingMethod(parent);
                if (method.isPresent()) {
                    use = readReturn(method.get(), use, evidence);
                }
            } else if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == child) {
                use = use.withName(variable.getNameAsString());
                evidence.addAll(Vocabulary.ofName(variable.getNameAsString()));
                use = withDeclarationContract(variable, use, evidence);
            } else if (parent instanceof AssignExpr assign && assign.getValue() == child) {
                String target = assign.getTarget() instanceof FieldAccessExpr access
                        ? access.getNameAsString() : assign.getTarget().toString();
                use = use.withName(target);
                evidence.addAll(evidenceOf(assign.getTarget(), OPERAND_DEPTH));
                use = withAssignedContract(assign, use, evidence);
            } else if (parent instanceof EnumConstantDeclaration constant) {
                use = use.withName(constant.getNameAsString());
                Optional<String> text = firstString(constant.getArguments());
                if (text.isPresent()) {
                    use = use.withCompanionText(text.get());
                }
                constant.getParentNode().filter(EnumDeclaration.class::isInstance).map(EnumDeclaration.class::cast)
                        .ifPresent(enumType -> {
                            evidence.addAll(typeNameEvidence(enumType.getNameAsString()));
                            if (Contracts.has(enumType.getAnnotations(), Contracts.SMTP_CODES)) {
                                evidence.add(Evidence.CODES_TYPE);
                            }
                        });
            }
            break;
        }
        return new Reading(use, evidence);
    }

    private Use readCall(MethodCallExpr call, Node child, Use use, Set<Evidence> evidence) {
        String name = call.getNameAsString();
        if (call.getScope().orElse(null) == child) {
            if (STRING_COMPARISONS.contains(name) && call.getArguments().size() == 1) {
                Expression other = call.getArgument(0);
                evidence.addAll(evidenceOf(other, OPERAND_DEPTH));
                return use.withComparison(name, other.toString());
            }
            return use;
        }
        if (STRING_COMPARISONS.contains(name) && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            evidence.addAll(evidenceOf(scope, OPERAND_DEPTH));
            return use.withComparison(name, scope.toString());
        }
        int index = call.getArguments().indexOf(child);
        call.getScope().ifPresent(scope -> evidence.addAll(evidenceOf(scope, OPERAND_DEPTH)));
        return readArgument(name, index, call.getArguments(), use, evidence);
    }

    private Use readArgument(String receiver, int index, NodeList<Expression> arguments, Use use, Set<Evidence> evidence) {
        Use result = use.withReceiver(receiver, index, arguments.size());
        apis.protocolOfCodeArgument(receiver, index).ifPresent(p -> evidence.add(protocolEvidence(p)));
        evidence.addAll(Vocabulary.ofName(receiver));
        Optional<String> text = firstString(arguments);
        return text.isPresent() ? result.withCompanionText(text.get()) : result;
    }

    private Use readReturn(MethodDeclaration method, Use use, Set<Evidence> evidence) {
        evidence.addAll(Vocabulary.ofName(method.getNameAsString()));
        Use result = use.withReturnedFrom(method.getNameAsString());
        Optional<Contract> contract = Contracts.of(method.getAnnotations(),
                "return value of " + method.getNameAsString(), positions);
        if (contract.isPresent()) {
            evidence.add(Evidence.ANNOTATION);
            result = result.withContract(contract.get());
        }
        return result;
    }

    private Use withAssignedContract(AssignExpr assign, Use use, Set<Evidence> evidence) {
        String name = assign.getTarget() instanceof FieldAccessExpr access
                ? access.getNameAsString() : assign.getTarget().toString();
        Optional<Contract> contract = Declarations.find(name, assign)
                .flatMap(declared -> Contracts.of(declared.annotations(), declared.kind() + " " + name, positions));
        if (contract.isEmpty()) {
            return use;
        }
        evidence.add(Evidence.ANNOTATION);
        return use.withContract(contract.get());
    }

    private Use withDeclarationContract(VariableDeclarator variable, Use use, Set<Evidence> evidence) {
        Node declaration = variable.getParentNode().orElse(null);
        String kind = declaration instanceof FieldDeclaration ? "field" : "local variable";
        Optional<Contract> contract = Contracts.of(
                declaration == null ? java.util.List.of() : Declarations.annotationsOf(declaration),
                kind + " " + variable.getNameAsString(), positions);
        if (contract.isPresent()) {
            evidence.add(Evidence.ANNOTATION);
            return use.withContract(contract.get());
        }
        if (declaration instanceof FieldDeclaration) {
            declaration.getParentNode().filter(TypeDeclaration.class::isInstance).map(TypeDeclaration.class::cast)
                    .ifPresent(type -> {
                        evidence.addAll(typeNameEvidence(type.getNameAsString()));
                        if (Contracts.has(type.getAnnotations(), Contracts.SMTP_CODES)) {
                            evidence.add(Evidence.CODES_TYPE);
                        }
                    });
        }
        return use;
    }

    /** What the other side of a comparison, a switch selector or a call's target says. */
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
            Declarations.find(name.getNameAsString(), expression).ifPresent(variable -> {
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
            Optional<Declarations.Variable> variable = Declarations.find(name.getNameAsString(), scope);
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

    private Optional<Protocol> protocolOfType(String simpleName) {
        return apis.protocolOfType(simpleName);
    }

    private static Evidence protocolEvidence(Protocol protocol) {
        return protocol == Protocol.SMTP ? Evidence.KNOWN_API : Evidence.OTHER_PROTOCOL;
    }

    private Set<Evidence> typeNameEvidence(String typeName) {
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        for (Evidence e : Vocabulary.ofName(typeName)) {
            if (e == Evidence.SMTP_NAME || e == Evidence.CODE_NAME || e == Evidence.OTHER_PROTOCOL) {
                evidence.add(e);
            }
        }
        protocolOfType(typeName).ifPresent(p -> evidence.add(protocolEvidence(p)));
        return evidence;
    }

    private static boolean isComparison(BinaryExpr binary) {
        return switch (binary.getOperator()) {
            case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> true;
            default -> false;
        };
    }

    private static Optional<Expression> selectorOf(SwitchEntry entry) {
        Node owner = entry.getParentNode().orElse(null);
        if (owner instanceof SwitchStmt statement) {
            return Optional.of(statement.getSelector());
        }
        if (owner instanceof SwitchExpr switchExpression) {
            return Optional.of(switchExpression.getSelector());
        }
        return Optional.empty();
    }

    private static Optional<MethodDeclaration> enclosingMethod(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration method) {
                return Optional.of(method);
            }
            if (n instanceof CallableDeclaration<?> || n instanceof com.github.javaparser.ast.expr.LambdaExpr) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> superclassOf(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration type) {
                return type.getExtendedTypes().stream().findFirst().map(t -> t.getNameAsString());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstString(NodeList<Expression> arguments) {
        return arguments.stream().filter(StringLiteralExpr.class::isInstance)
                .map(e -> ((StringLiteralExpr) e).asString()).findFirst();
    }
}
