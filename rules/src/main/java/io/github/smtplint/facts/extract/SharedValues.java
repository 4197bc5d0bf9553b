package io.github.smtplint.facts.extract;

import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.TypeScope;
import io.github.smtplint.facts.Use;
import io.github.smtplint.facts.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal value for the facts of every file a scan reads. Facts live until the
 * judgement at the end of the scan, and the same names, imports, uses and evidence recur in
 * thousands of them: sharing them keeps the heap small and the garbage collector from copying
 * the duplicates again and again. Thread-safe; values must be immutable.
 */
final class SharedValues {
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    String text(String text) {
        return shared(text);
    }

    Value value(Value value) {
        return shared(value);
    }

    Set<Evidence> evidence(Set<Evidence> evidence) {
        return shared(Set.copyOf(evidence));
    }

    Use use(Use use) {
        return shared(new Use(optionalText(use.name()), optionalText(use.operator()),
                optionalText(use.comparedWith()), optionalText(use.receiver()), use.argumentIndex(),
                use.argumentCount(), optionalText(use.returnedFrom()), optionalText(use.companionText()),
                use.contract(), use.guard(), use.command()));
    }

    TypeScope scope(TypeScope scope) {
        return shared(new TypeScope(text(scope.packageName()), texts(scope.imports()), texts(scope.enclosingTypes()),
                texts(scope.supertypes())));
    }

    private Optional<String> optionalText(Optional<String> text) {
        return text.isEmpty() ? text : shared(Optional.of(text(text.get())));
    }

    private List<String> texts(List<String> texts) {
        return shared(texts.stream().map(this::text).toList());
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }
}
