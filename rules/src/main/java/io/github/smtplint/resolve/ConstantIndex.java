package io.github.smtplint.resolve;

import io.github.smtplint.engine.SourcePosition;
import io.github.smtplint.facts.ConstantDeclaration;
import io.github.smtplint.facts.TypeScope;
import io.github.smtplint.facts.Value;
import io.github.smtplint.facts.ValueExpression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every constant of the scanned sources, resolvable from any file the way javac would resolve the
 * name there: the enclosing types and their supertypes, static imports, single-type and on-demand
 * imports, the same package. Names the sources do not declare may be answered by {@link ExternalConstants}.
 * Safe to share between threads.
 */
public final class ConstantIndex {
    private static final String STATIC = "static ";
    private final Map<String, ConstantDeclaration> byQualifiedName = new HashMap<>();
    private final Map<String, List<String>> typesBySimpleName = new HashMap<>();
    private final Set<String> libraryConstants = new HashSet<>();
    private final ExternalConstants external;
    private final Map<String, Optional<ConstantDeclaration>> externalAnswers = new ConcurrentHashMap<>();

    /**
     * An index of the given constants of the scanned sources and of the known mail libraries' constants,
     * which asks {@code external} for the names neither declares.
     */
    public ConstantIndex(Collection<ConstantDeclaration> constants, ExternalConstants external) {
        this.external = external;
        add(constants);
        for (ConstantDeclaration constant : LibraryConstants.standard()) {
            if (!byQualifiedName.containsKey(constant.qualifiedName())) {
                libraryConstants.add(constant.qualifiedName());
            }
        }
        add(LibraryConstants.standard());
    }

    /** Whether a constant comes from a known mail library rather than the scanned sources. */
    public boolean isLibraryConstant(String qualifiedName) {
        return libraryConstants.contains(qualifiedName);
    }

    private void add(Collection<ConstantDeclaration> constants) {
        for (ConstantDeclaration constant : constants) {
            byQualifiedName.putIfAbsent(constant.qualifiedName(), constant);
            String owner = constant.owner();
            String simple = owner.substring(owner.lastIndexOf('.') + 1);
            List<String> owners = typesBySimpleName.computeIfAbsent(simple, s -> new ArrayList<>());
            if (!owners.contains(owner)) {
                owners.add(owner);
            }
        }
    }

    /** The constant a reference denotes, if the scanned sources declare it. */
    public Optional<ConstantDeclaration> lookup(ValueExpression.ConstantReference reference, TypeScope scope) {
        for (String candidate : candidates(reference, scope)) {
            ConstantDeclaration constant = byQualifiedName.get(candidate);
            // Asked in the same order as the sources, so that javac's order of scopes decides between the two.
            Optional<ConstantDeclaration> found = constant != null ? Optional.of(constant)
                    : declaredElsewhere(candidate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A constant outside the sources, as a declaration of its value placed, like a library's, in no real file. */
    private Optional<ConstantDeclaration> declaredElsewhere(String qualifiedName) {
        if (qualifiedName.indexOf('.') < 0) {
            return Optional.empty();
        }
        return externalAnswers.computeIfAbsent(qualifiedName, name -> external.valueOf(name).map(value -> {
            String owner = name.substring(0, name.lastIndexOf('.'));
            SourcePosition nowhere = new SourcePosition(Path.of(owner.replace('.', '/') + ".java"), 0, 0);
            String packageName = owner.contains(".") ? owner.substring(0, owner.lastIndexOf('.')) : "";
            return new ConstantDeclaration(name, new ValueExpression.Literal(value, nowhere),
                    new TypeScope(packageName, List.of(), List.of(owner), List.of()), nowhere);
        }));
    }

    /** Works out a value, following constants across files; empty if any needed part is unknown. */
    public Optional<Resolved> evaluate(ValueExpression expression, TypeScope scope, SourcePosition position) {
        return new Evaluation().evaluate(expression, scope, position);
    }

    private Set<String> candidates(ValueExpression.ConstantReference reference, TypeScope scope) {
        Set<String> result = new LinkedHashSet<>();
        String name = reference.name();
        if (reference.qualifier().isEmpty()) {
            scope.enclosingTypes().forEach(type -> result.add(type + "." + name));
            for (String supertype : scope.supertypes()) {
                typeCandidates(supertype, scope).forEach(type -> result.add(type + "." + name));
            }
            for (String imported : scope.imports()) {
                if (!imported.startsWith(STATIC)) {
                    continue;
                }
                String target = imported.substring(STATIC.length());
                if (target.endsWith("." + name)) {
                    result.add(target);
                } else if (target.endsWith(".*")) {
                    result.add(target.substring(0, target.length() - 1) + name);
                }
            }
        } else {
            typeCandidates(reference.qualifier(), scope).forEach(type -> result.add(type + "." + name));
        }
        return result;
    }

    /** The qualified names a type name written in {@code scope} may stand for, most likely first. */
    private List<String> typeCandidates(String written, TypeScope scope) {
        List<String> result = new ArrayList<>();
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        for (String enclosing : scope.enclosingTypes()) {
            result.add(enclosing + "." + written);
            if (enclosing.endsWith("." + first) || enclosing.equals(first)) {
                result.add(enclosing + rest);
            }
        }
        for (String imported : scope.imports()) {
            boolean isStatic = imported.startsWith(STATIC);
            String target = isStatic ? imported.substring(STATIC.length()) : imported;
            if (target.endsWith("." + first)) {
                result.add(target + rest);
            } else if (!isStatic && target.endsWith(".*")) {
                result.add(target.substring(0, target.length() - 1) + written);
            }
        }
        result.add(scope.packageName().isEmpty() ? written : scope.packageName() + "." + written);
        result.add(written);
        List<String> sameSimpleName = typesBySimpleName.getOrDefault(dot < 0 ? written : lastSegment(written), List.of());
        if (sameSimpleName.size() == 1) {
            result.add(sameSimpleName.get(0));
        }
        return result;
    }

    private static String lastSegment(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** One evaluation, with its own guard against constants defined in terms of each other. */
    private final class Evaluation {
        private final Set<String> inProgress = new HashSet<>();

        Optional<Resolved> evaluate(ValueExpression expression, TypeScope scope, SourcePosition position) {
            if (expression instanceof ValueExpression.Literal literal) {
                return Optional.of(new Resolved(literal.value(), true, literal.position(), Set.of()));
            }
            if (expression instanceof ValueExpression.ConstantReference reference) {
                return constant(reference, scope);
            }
            if (expression instanceof ValueExpression.Concatenation concatenation) {
                return concatenation(concatenation, scope, position);
            }
            if (expression instanceof ValueExpression.Arithmetic arithmetic) {
                return arithmetic(arithmetic, scope, position);
            }
            return Optional.empty();
        }

        private Optional<Resolved> constant(ValueExpression.ConstantReference reference, TypeScope scope) {
            Optional<ConstantDeclaration> found = lookup(reference, scope);
            if (found.isEmpty() || !inProgress.add(found.get().qualifiedName())) {
                return Optional.empty();
            }
            ConstantDeclaration constant = found.get();
            try {
                return evaluate(constant.initializer(), constant.scope(), constant.position()).map(resolved -> {
                    Set<String> constants = new HashSet<>(resolved.constants());
                    constants.add(constant.qualifiedName());
                    return new Resolved(resolved.value(), resolved.complete(), constant.position(), constants);
                });
            } finally {
                inProgress.remove(constant.qualifiedName());
            }
        }

        private Optional<Resolved> concatenation(ValueExpression.Concatenation concatenation, TypeScope scope,
                                                 SourcePosition position) {
            StringBuilder text = new StringBuilder();
            Set<String> constants = new HashSet<>();
            boolean complete = true;
            for (ValueExpression part : concatenation.parts()) {
                Optional<Resolved> resolved = evaluate(part, scope, position);
                if (resolved.isEmpty()) {
                    complete = false;
                    break;
                }
                text.append(resolved.get().value().asText());
                constants.addAll(resolved.get().constants());
                if (!resolved.get().complete()) {
                    complete = false;
                    break;
                }
            }
            if (text.length() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Resolved(new Value.StringValue(text.toString()), complete, position, constants));
        }

        private Optional<Resolved> arithmetic(ValueExpression.Arithmetic arithmetic, TypeScope scope,
                                              SourcePosition position) {
            Optional<Resolved> left = evaluate(arithmetic.left(), scope, position);
            Optional<Resolved> right = evaluate(arithmetic.right(), scope, position);
            if (left.isEmpty() || right.isEmpty()
                    || !(left.get().value() instanceof Value.IntValue a)
                    || !(right.get().value() instanceof Value.IntValue b)) {
                return Optional.empty();
            }
            Integer result = switch (arithmetic.operator()) {
                case '+' -> a.value() + b.value();
                case '-' -> a.value() - b.value();
                case '*' -> a.value() * b.value();
                case '/' -> b.value() == 0 ? null : a.value() / b.value();
                case '%' -> b.value() == 0 ? null : a.value() % b.value();
                default -> null;
            };
            if (result == null) {
                return Optional.empty();
            }
            Set<String> constants = new HashSet<>(left.get().constants());
            constants.addAll(right.get().constants());
            return Optional.of(new Resolved(new Value.IntValue(result), true, position, constants));
        }
    }
}
