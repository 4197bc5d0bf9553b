package io.github.smtplint.facts.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import io.github.smtplint.facts.CandidateSite;
import io.github.smtplint.facts.ConstantDeclaration;
import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.CommandContext;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.Guard;
import io.github.smtplint.facts.OutcomeMethod;
import io.github.smtplint.facts.Use;
import io.github.smtplint.facts.ParameterContract;
import io.github.smtplint.facts.Role;
import io.github.smtplint.facts.TypeScope;
import io.github.smtplint.facts.Value;
import io.github.smtplint.facts.ValueExpression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one parsed file into {@link FileFacts}: its constants, every place that may hold an SMTP
 * code with the evidence and use around it, and its suppressions. The syntax tree is not kept.
 */
public final class FactExtractor {
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final KnownApis apis = KnownApis.standard();
    private final SharedValues shared = new SharedValues();

    /**
     * The facts of one parsed file.
     *
     * @param comments the file's comments, for suppressions; the parser does not attach them to nodes
     * @param source the file's text, for where a suppression comment stands
     */
    public FileFacts extract(Path file, CompilationUnit unit, List<Comment> comments, String source) {
        return new Extraction(file, unit).run(comments, source);
    }

    /** The state of reading one file. */
    private final class Extraction {
        private final Path file;
        private final CompilationUnit unit;
        private final FileNodes nodes;
        private final FileContext context;
        private final ValueExpressions values;
        private final UseAnalyzer uses;
        private final Scopes scopes;
        private final Set<Evidence> fileEvidence = EnumSet.noneOf(Evidence.class);
        private final boolean declaresContracts;
        private final Set<Node> handled = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<CandidateSite> sites = new ArrayList<>();
        private final List<ConstantDeclaration> constants = new ArrayList<>();
        /**
         * The fields of this file's types whose values the engine does not know: fields that are not constants,
         * and constants of a value it does not evaluate ({@code 100L}, a call). Within the type that declares
         * one, its simple name denotes it, whatever outer types, supertypes or imports declare.
         */
        private final Set<String> unknownFields = new HashSet<>();

        Extraction(Path file, CompilationUnit unit) {
            this.file = file;
            this.unit = unit;
            this.nodes = FileNodes.of(unit);
            this.context = FileContext.of(unit, nodes, apis);
            Declarations declarations = new Declarations();
            this.values = new ValueExpressions(file, declarations, shared);
            this.uses = new UseAnalyzer(apis, values, declarations);
            this.scopes = new Scopes(context, shared);
            this.declaresContracts = Contracts.anyIn(nodes.annotations);
            if (context.speaksOnlySmtp()) {
                fileEvidence.add(Evidence.SMTP_FILE);
            } else if (context.speaksOnlyOtherProtocol()) {
                fileEvidence.add(Evidence.OTHER_PROTOCOL);
            }
        }

        FileFacts run(List<Comment> comments, String source) {
            for (FieldDeclaration field : nodes.fields) {
                if (isConstant(field)) {
                    field.getVariables().forEach(this::constant);
                }
            }
            noteUnknownFields();
            for (Node node : nodes.all) {
                if (isLeafValue(node)) {
                    Expression root = valueRoot((Expression) node);
                    if (handled.add(root)) {
                        candidate(root);
                    }
                }
            }
            nodes.binaries.forEach(this::classTestByDivision);
            nodes.calls.forEach(this::classTestByMethod);
            nodes.switchEntries.forEach(this::classTestsByCase);
            return new FileFacts(file, sites, constants, parameterContracts(), outcomeMethods(),
                    SuppressionReader.read(nodes.annotations, comments, source));
        }

        /** {@code code / 100 == 5}: a test of a whole reply class, as the site of the value 500. */
        private void classTestByDivision(BinaryExpr test) {
            ClassTests.byDivision(test).ifPresent(classTest -> classSite(test, classTest));
        }

        /** {@code SMTPReply.isNegativePermanent(code)}: a library's test of a reply class. */
        private void classTestByMethod(MethodCallExpr test) {
            ClassTests.byMethod(test).ifPresent(classTest -> classSite(test, classTest));
        }

        /** {@code switch (code / 100) { case 5 -> ... }}: each label a test of a whole class. */
        private void classTestsByCase(SwitchEntry entry) {
            for (Expression label : entry.getLabels()) {
                ClassTests.byCaseLabel(entry, label).ifPresent(classTest -> classSite(label, classTest,
                        GuardReader.ofCase(entry, "case " + label)));
            }
        }

        private void classSite(Expression test, ClassTests.ClassTest classTest) {
            classSite(test, classTest, GuardReader.ofTest(test).map(g -> classTest.negated() ? g.swapped() : g));
        }

        private void classSite(Expression test, ClassTests.ClassTest classTest, Optional<Guard> guard) {
            Set<Evidence> evidence = union(uses.operands().evidenceOf(classTest.code(), UseAnalyzer.OPERAND_DEPTH));
            if (classTest.knownApi()) {
                evidence.add(Evidence.KNOWN_API);
            }
            Use use = Use.NONE.withComparison(ClassTests.OPERATOR, classTest.code().toString());
            if (guard.isPresent()) {
                use = use.withGuard(guard.get());
            }
            Optional<CommandContext> command = CommandContexts.ofReply(classTest.code(), uses.declarations());
            if (command.isPresent()) {
                use = use.withCommand(command.get());
            }
            ValueExpression value = new ValueExpression.Literal(new Value.IntValue(classTest.replyClass() * 100),
                    values.position(test));
            site(Role.LITERAL, test, value, evidence, use, Optional.empty());
        }

        private List<OutcomeMethod> outcomeMethods() {
            List<OutcomeMethod> methods = new ArrayList<>();
            for (CallableDeclaration<?> callable : nodes.callables) {
                if (!(callable instanceof MethodDeclaration method)) {
                    continue;
                }
                Outcomes.declared(method.getAnnotations()).ifPresent(outcome -> methods.add(
                        new OutcomeMethod(method.getNameAsString(), method.getParameters().size(), outcome)));
            }
            return methods;
        }

        private List<ParameterContract> parameterContracts() {
            List<ParameterContract> contracts = new ArrayList<>();
            for (CallableDeclaration<?> callable : nodes.callables) {
                NodeList<Parameter> parameters = callable.getParameters();
                for (int i = 0; i < parameters.size(); i++) {
                    Parameter parameter = parameters.get(i);
                    String target = "parameter " + parameter.getNameAsString() + " of " + callable.getNameAsString();
                    int index = i;
                    Contracts.of(parameter.getAnnotations(), target, values).ifPresent(contract -> contracts.add(
                            new ParameterContract(callable.getNameAsString(), parameters.size(), index, contract)));
                }
            }
            return contracts;
        }

        private void constant(VariableDeclarator variable) {
            Optional<Expression> initializer = variable.getInitializer();
            TypeDeclaration<?> owner = Scopes.enclosingType(variable);
            if (initializer.isEmpty() || owner == null) {
                return;
            }
            Expression root = initializer.get();
            ValueExpression expression = values.of(root);
            if (expression instanceof ValueExpression.Unknown) {
                return;
            }
            String qualifiedName = scopes.qualifiedName(owner) + "." + variable.getNameAsString();
            constants.add(new ConstantDeclaration(qualifiedName, expression, scopes.of(variable), values.position(root)));
            handled.add(root);
            if (isNumberOfOtherThanThreeDigits(expression) && !declaresContracts) {
                // Other files may still use its value; as a site of its own it could only count under a contract.
                return;
            }
            UseAnalyzer.Reading reading = uses.read(root);
            site(Role.DECLARATION, root, expression, union(reading.evidence()), reading.use(),
                    Optional.of(qualifiedName));
        }

        private void noteUnknownFields() {
            Set<String> evaluated = new HashSet<>();
            constants.forEach(constant -> evaluated.add(constant.qualifiedName()));
            for (FieldDeclaration field : nodes.fields) {
                // A field of an anonymous class belongs to no type a name here can be resolved in.
                if (field.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner) {
                    for (VariableDeclarator variable : field.getVariables()) {
                        String qualifiedName = scopes.qualifiedName(owner) + "." + variable.getNameAsString();
                        if (!evaluated.contains(qualifiedName)) {
                            unknownFields.add(qualifiedName);
                        }
                    }
                }
            }
        }

        /** Whether the value needs a field whose value is unknown: it can never be worked out. */
        private boolean needsUnknownField(ValueExpression expression, TypeScope scope) {
            if (expression instanceof ValueExpression.ConstantReference reference) {
                return reference.qualifier().isEmpty() && !scope.enclosingTypes().isEmpty()
                        && unknownFields.contains(scope.enclosingTypes().get(0) + "." + reference.name());
            }
            if (expression instanceof ValueExpression.Arithmetic arithmetic) {
                return needsUnknownField(arithmetic.left(), scope) || needsUnknownField(arithmetic.right(), scope);
            }
            return false;
        }

        private void candidate(Expression root) {
            if (isInsideAnnotation(root) || root.getParentNode().orElse(null) instanceof UnaryExpr) {
                return;
            }
            ValueExpression expression = values.of(root);
            if (needsUnknownField(expression, scopes.of(root))) {
                return;
            }
            // A number of other than three digits is a site only where an annotation of this file says it is a
            // code; without one, reading its use would be wasted.
            boolean notThreeDigits = isNumberOfOtherThanThreeDigits(expression);
            if (!mayBeCode(expression) || (notThreeDigits && !declaresContracts)) {
                return;
            }
            UseAnalyzer.Reading reading = uses.read(root);
            Set<Evidence> evidence = union(reading.evidence());
            boolean strict = evidence.contains(Evidence.ANNOTATION) || evidence.contains(Evidence.CODES_TYPE);
            if (notThreeDigits && !strict) {
                return;
            }
            Role role = expression instanceof ValueExpression.ConstantReference ? Role.CONSTANT_USE : Role.LITERAL;
            site(role, root, expression, evidence, reading.use(), Optional.empty());
        }

        private void site(Role role, Expression root, ValueExpression expression, Set<Evidence> evidence, Use use,
                          Optional<String> constant) {
            sites.add(new CandidateSite(role, values.position(root), expression, shared.evidence(evidence),
                    shared.use(use), scopes.of(root), constant));
        }

        private Set<Evidence> union(Set<Evidence> siteEvidence) {
            Set<Evidence> all = EnumSet.noneOf(Evidence.class);
            all.addAll(siteEvidence);
            all.addAll(fileEvidence);
            return all;
        }
    }

    /** A {@code static final} field, or a field of an interface, which is one implicitly. */
    static boolean isConstant(FieldDeclaration field) {
        boolean inInterface = field.getParentNode()
                .map(p -> p instanceof ClassOrInterfaceDeclaration type && type.isInterface())
                .orElse(false);
        return inInterface || (field.isStatic() && field.isFinal());
    }

    /** A literal or a constant-like name: where a value may start. */
    private static boolean isLeafValue(Node node) {
        if (node instanceof IntegerLiteralExpr || node instanceof StringLiteralExpr || node instanceof TextBlockLiteralExpr) {
            return true;
        }
        if (node instanceof NameExpr name) {
            return isConstantName(name.getNameAsString()) && !isScopeOfSomething(name);
        }
        if (node instanceof FieldAccessExpr access) {
            return isConstantName(access.getNameAsString()) && !isScopeOfSomething(access);
        }
        return false;
    }

    /** {@code UPPER_CASE}; most names are of variables and methods, which the first letter rules out cheaply. */
    private static boolean isConstantName(String name) {
        return !name.isEmpty() && name.charAt(0) >= 'A' && name.charAt(0) <= 'Z'
                && CONSTANT_NAME.matcher(name).matches();
    }

    private static boolean isScopeOfSomething(Expression expression) {
        Node parent = expression.getParentNode().orElse(null);
        return parent instanceof FieldAccessExpr access && access.getScope() == expression;
    }

    /** The whole value a leaf belongs to: the concatenation or arithmetic it is part of. */
    private static Expression valueRoot(Expression leaf) {
        Expression root = leaf;
        for (Node parent = root.getParentNode().orElse(null); parent != null; parent = root.getParentNode().orElse(null)) {
            boolean partOfValue = parent instanceof EnclosedExpr || parent instanceof CastExpr
                    || (parent instanceof BinaryExpr binary && isValueOperator(binary));
            if (!partOfValue) {
                break;
            }
            root = (Expression) parent;
        }
        return root;
    }

    private static boolean isValueOperator(BinaryExpr binary) {
        return switch (binary.getOperator()) {
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> true;
            default -> false;
        };
    }

    private static boolean isInsideAnnotation(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof AnnotationExpr || n instanceof MemberValuePair) {
                return true;
            }
        }
        return false;
    }

    /** A cheap test before the use is read: could this value be an SMTP code once resolved? */
    private static boolean mayBeCode(ValueExpression expression) {
        if (expression instanceof ValueExpression.Literal literal) {
            return literal.value() instanceof Value.IntValue || startsWithDigit(literal.value().asText());
        }
        if (expression instanceof ValueExpression.ConstantReference) {
            return true;
        }
        if (expression instanceof ValueExpression.Concatenation concatenation) {
            return mayBeCode(concatenation.parts().get(0));
        }
        if (expression instanceof ValueExpression.Arithmetic arithmetic) {
            return !(arithmetic.left() instanceof ValueExpression.Unknown)
                    && !(arithmetic.right() instanceof ValueExpression.Unknown);
        }
        return false;
    }

    private static boolean isNumberOfOtherThanThreeDigits(ValueExpression expression) {
        return expression instanceof ValueExpression.Literal literal && literal.value() instanceof Value.IntValue number
                && (number.value() < 100 || number.value() > 999);
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
