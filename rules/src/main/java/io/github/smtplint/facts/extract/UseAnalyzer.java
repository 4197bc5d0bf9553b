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
import io.github.smtplint.facts.CommandContext;
import io.github.smtplint.facts.Contract;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.Guard;
import io.github.smtplint.facts.Use;
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
    static final int OPERAND_DEPTH = 3;
    private static final Set<String> LOG_METHODS = Set.of(
            "trace", "debug", "info", "warn", "warning", "error", "fatal", "severe", "fine", "finer", "finest", "log");

    private final KnownApis apis;
    private final ValueExpressions positions;
    private final Declarations declarations;
    private final OperandEvidence operands;

    UseAnalyzer(KnownApis apis, ValueExpressions positions, Declarations declarations) {
        this.apis = apis;
        this.positions = positions;
        this.declarations = declarations;
        this.operands = new OperandEvidence(apis, positions, declarations);
    }

    Declarations declarations() {
        return declarations;
    }

    /** What the code does with a value, and what that says about the value. */
    record Reading(Use use, Set<Evidence> evidence) {
    }

    OperandEvidence operands() {
        return operands;
    }

    Reading read(Expression value) {
        Node child = value;
        Node parent = value.getParentNode().orElse(null);
        while (parent != null && passesValueThrough(parent, child)) {
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        Use use = parent == null ? Use.NONE : readParent(parent, child, evidence);
        if (use.operator().isEmpty() && use.command().isEmpty() && !isConstantDeclaration(parent)) {
            // Not a test of a reply: a reply being sent, so the handler around it tells which command it answers.
            Optional<CommandContext> handler = CommandContexts.around(value);
            if (handler.isPresent()) {
                use = use.withCommand(handler.get());
            }
        }
        return new Reading(use, evidence);
    }

    private static boolean isConstantDeclaration(Node parent) {
        return parent instanceof VariableDeclarator variable && variable.getParentNode()
                .map(p -> p instanceof FieldDeclaration field && FactExtractor.isConstant(field)).orElse(false);
    }

    /** A test of a reply: what it guards, and which command's reply it tests. */
    private Use tested(Use use, Optional<Guard> guard, Expression reply) {
        Use result = guard.map(use::withGuard).orElse(use);
        return CommandContexts.ofReply(reply, declarations).map(result::withCommand).orElse(result);
    }

    /** Whether the value reaches the parent's own parent unchanged: parentheses, casts, arrays, {@code Set.of}, ternaries. */
    private static boolean passesValueThrough(Node parent, Node child) {
        return parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof ArrayInitializerExpr || parent instanceof ArrayCreationExpr
                || (parent instanceof ConditionalExpr conditional && child != conditional.getCondition())
                || (parent instanceof MethodCallExpr factory && COLLECTION_FACTORIES.contains(factory.getNameAsString())
                    && Siblings.contains(factory.getArguments(), child));
    }

    private Use readParent(Node parent, Node child, Set<Evidence> evidence) {
        if (parent instanceof BinaryExpr binary && isComparison(binary)) {
            Expression other = binary.getLeft() == child ? binary.getRight() : binary.getLeft();
            evidence.addAll(operands.evidenceOf(other, OPERAND_DEPTH));
            String operator = binary.getLeft() == child ? mirrored(binary.getOperator()) : binary.getOperator().asString();
            return tested(Use.NONE.withComparison(operator, other.toString()), GuardReader.ofTest(binary), other);
        }
        if (parent instanceof MethodCallExpr call) {
            return readCall(call, child, evidence);
        }
        if (parent instanceof ObjectCreationExpr creation) {
            String type = creation.getType().getNameAsString();
            Optional<KnownApis.Protocol> protocol = operands.protocolOfType(type);
            protocol.ifPresent(p -> evidence.add(OperandEvidence.protocolEvidence(p)));
            if (protocol.isEmpty() && (type.endsWith("Exception") || type.endsWith("Error"))) {
                evidence.add(Evidence.MESSAGE_TEXT);
            }
            return readArgument(type, child, creation.getArguments(), evidence);
        }
        if (parent instanceof ExplicitConstructorInvocationStmt invocation) {
            return readArgument(superclassOf(invocation).orElse("super"), child, invocation.getArguments(), evidence);
        }
        if (parent instanceof SwitchEntry entry && Siblings.contains(entry.getLabels(), child)) {
            Optional<Expression> selector = selectorOf(entry);
            selector.ifPresent(s -> evidence.addAll(operands.evidenceOf(s, OPERAND_DEPTH)));
            Use use = Use.NONE.withComparison("case", selector.map(Expression::toString).orElse(""));
            Optional<Guard> guard = GuardReader.ofCase(entry, "case " + child);
            return selector.map(s -> tested(use, guard, s)).orElse(guard.map(use::withGuard).orElse(use));
        }
        if (parent instanceof ReturnStmt) {
            return enclosingMethod(parent).map(method -> readReturn(method, evidence)).orElse(Use.NONE);
        }
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == child) {
            boolean constant = variable.getParentNode()
                    .map(p -> p instanceof FieldDeclaration field && FactExtractor.isConstant(field)).orElse(false);
            evidence.addAll(constant ? Vocabulary.ofConstantName(variable.getNameAsString())
                    : Vocabulary.ofName(variable.getNameAsString()));
            return withDeclarationContract(variable, Use.NONE.withName(variable.getNameAsString()), evidence);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == child) {
            String target = assign.getTarget() instanceof FieldAccessExpr access
                    ? access.getNameAsString() : assign.getTarget().toString();
            evidence.addAll(operands.evidenceOf(assign.getTarget(), OPERAND_DEPTH));
            return withAssignedContract(assign, Use.NONE.withName(target), evidence);
        }
        if (parent instanceof EnumConstantDeclaration constant) {
            return readEnumConstant(constant, child, evidence);
        }
        return Use.NONE;
    }

    private Use readEnumConstant(EnumConstantDeclaration constant, Node child, Set<Evidence> evidence) {
        Use use = Use.NONE.withName(constant.getNameAsString());
        evidence.addAll(Vocabulary.ofConstantName(constant.getNameAsString()));
        Optional<String> text = otherString(constant.getArguments(), child);
        if (text.isPresent()) {
            use = use.withCompanionText(text.get());
        }
        constant.getParentNode().filter(EnumDeclaration.class::isInstance).map(EnumDeclaration.class::cast)
                .ifPresent(enumType -> {
                    evidence.addAll(operands.typeNameEvidence(enumType.getNameAsString()));
                    if (Contracts.has(enumType.getAnnotations(), Contracts.SMTP_CODES)) {
                        evidence.add(Evidence.CODES_TYPE);
                    }
                });
        return use;
    }

    private Use readCall(MethodCallExpr call, Node child, Set<Evidence> evidence) {
        String name = call.getNameAsString();
        if (call.getScope().orElse(null) == child) {
            if (STRING_COMPARISONS.contains(name) && call.getArguments().size() == 1) {
                Expression other = call.getArgument(0);
                evidence.addAll(operands.evidenceOf(other, OPERAND_DEPTH));
                return tested(Use.NONE.withComparison(name, other.toString()), GuardReader.ofTest(call), other);
            }
            return Use.NONE;
        }
        if (STRING_COMPARISONS.contains(name) && call.getScope().isPresent()) {
            Expression scope = call.getScope().get();
            evidence.addAll(operands.evidenceOf(scope, OPERAND_DEPTH));
            return tested(Use.NONE.withComparison(name, scope.toString()), GuardReader.ofTest(call), scope);
        }
        if (name.equals("issueCommand") && Siblings.indexOf(call.getArguments(), child) == 1) {
            // Jakarta Mail's issueCommand(command, expect): the code a client expects as the command's reply.
            Use use = readArgument(name, child, call.getArguments(), evidence);
            return CommandContexts.ofCall(call).map(use::withCommand).orElse(use);
        }
        // The receiver's type says which protocol a call belongs to, not that each argument is a code:
        // client.connect(host, 587) passes a port. Only code-arg entries of known-apis.tsv make an argument SMTP.
        if (LOG_METHODS.contains(name) && call.getScope().map(UseAnalyzer::isLogger).orElse(false)) {
            evidence.add(Evidence.MESSAGE_TEXT);
        }
        call.getScope().ifPresent(scope -> operands.evidenceOf(scope, OPERAND_DEPTH).stream()
                .filter(e -> e != Evidence.KNOWN_API)
                .forEach(evidence::add));
        return readArgument(name, child, call.getArguments(), evidence);
    }

    private Use readArgument(String receiver, Node child, NodeList<Expression> arguments, Set<Evidence> evidence) {
        int index = Siblings.indexOf(arguments, child);
        Use use = Use.NONE.withReceiver(receiver, index, arguments.size());
        apis.protocolOfCodeArgument(receiver, index).ifPresent(p -> evidence.add(OperandEvidence.protocolEvidence(p)));
        evidence.addAll(Vocabulary.ofName(receiver));
        Optional<String> text = otherString(arguments, child);
        return text.isPresent() ? use.withCompanionText(text.get()) : use;
    }

    private Use readReturn(MethodDeclaration method, Set<Evidence> evidence) {
        evidence.addAll(Vocabulary.ofName(method.getNameAsString()));
        Use result = Use.NONE.withReturnedFrom(method.getNameAsString());
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
        Optional<Contract> contract = declarations.find(name, assign)
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
                        evidence.addAll(operands.typeNameEvidence(type.getNameAsString()));
                        if (Contracts.has(type.getAnnotations(), Contracts.SMTP_CODES)) {
                            evidence.add(Evidence.CODES_TYPE);
                        }
                    });
        }
        return use;
    }

    /** The operator as if the value stood on the left: {@code 400 <= code} reads as {@code code >= 400}. */
    private static String mirrored(BinaryExpr.Operator operator) {
        return switch (operator) {
            case LESS -> ">";
            case LESS_EQUALS -> ">=";
            case GREATER -> "<";
            case GREATER_EQUALS -> "<=";
            default -> operator.asString();
        };
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

    /** Whether a call's target is a logger: {@code LOG}, {@code log}, {@code logger}, {@code getLogger()}. */
    private static boolean isLogger(Expression scope) {
        String text = scope instanceof NameExpr name ? name.getNameAsString()
                : scope instanceof FieldAccessExpr access ? access.getNameAsString()
                : scope instanceof MethodCallExpr call ? call.getNameAsString() : "";
        return Words.of(text).stream().anyMatch(w -> w.equals("log") || w.equals("logger"));
    }

    /** The first string literal among the arguments other than the value itself: the text that goes with a code. */
    private static Optional<String> otherString(NodeList<Expression> arguments, Node value) {
        return arguments.stream().filter(e -> e != value).map(UseAnalyzer::leadingText)
                .flatMap(Optional::stream).findFirst();
    }

    /** The text a string argument starts with: the literal itself, or the first literal of a concatenation. */
    static Optional<String> leadingText(Expression argument) {
        Expression first = argument;
        while (first instanceof BinaryExpr binary && ValueExpressions.isConcatenation(binary)) {
            first = binary.getLeft();
        }
        return first instanceof StringLiteralExpr literal ? Optional.of(literal.asString()) : Optional.empty();
    }
}
