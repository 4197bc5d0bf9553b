package io.github.smtplint.facts.extract;

import io.github.smtplint.facts.Evidence;
import io.github.smtplint.facts.TypeScope;
import io.github.smtplint.facts.Use;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal text, list of texts and set of evidence for the facts of every file a scan
 * reads. Facts live until the judgement at the end of the scan, and the same names, imports and
 * evidence recur in thousands of them: sharing them keeps the heap small and the garbage collector
 * from copying the duplicates again and again.
 *
 * <p>Records are not shared themselves: the first hash of each record type costs a fresh compiler JVM,
 * where the javac processor runs, more than sharing saves there. Thread-safe.
 */
final class SharedValues {
    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    String text(String text) {
        return shared(text);
    }

    Set<Evidence> evidence(Set<Evidence> evidence) {
        return shared(Set.copyOf(evidence));
    }

    /** The use with its texts shared. */
    Use use(Use use) {
        return new Use(optionalText(use.name()), optionalText(use.operator()), optionalText(use.comparedWith()),
                optionalText(use.receiver()), use.argumentIndex(), use.argumentCount(),
                optionalText(use.returnedFrom()), optionalText(use.companionText()), use.contract(), use.guard(),
                use.command());
    }

    /** The scope with its texts shared. */
    TypeScope scope(TypeScope scope) {
        return new TypeScope(text(scope.packageName()), texts(scope.imports()), texts(scope.enclosingTypes()),
                texts(scope.supertypes()));
    }

    private Optional<String> optionalText(Optional<String> text) {
        return text.isEmpty() ? text : shared(Optional.of(text(text.get())));
    }

    /** The texts shared, in a list {@link TypeScope} keeps as it is: {@code List.copyOf} would copy a stream's list. */
    private List<String> texts(List<String> texts) {
        return shared(List.copyOf(texts.stream().map(this::text).toList()));
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : (T) known;
    }
}
