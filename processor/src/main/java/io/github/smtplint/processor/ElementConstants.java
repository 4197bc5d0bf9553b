package io.github.smtplint.processor;

import io.github.smtplint.facts.Value;
import io.github.smtplint.resolve.ExternalConstants;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Constants the compiled units use but do not declare, as the compiler knows them: those of
 * libraries on the class path, and of classes compiled in an earlier (incremental) build, whose
 * values {@link VariableElement#getConstantValue()} gives without their source.
 */
final class ElementConstants implements ExternalConstants {
    private final Elements elements;
    /** The engine asks for several names of each type it guesses: each type is looked up once. */
    private final Map<String, Optional<TypeElement>> types = new HashMap<>();
    /** The module of the compiled sources; null before the first round and where modules are unknown. */
    private ModuleElement module;

    ElementConstants(Elements elements) {
        this.elements = elements;
    }

    /**
     * Learns the module of the sources being compiled from a round's root elements. javac's
     * {@code getTypeElement(name)} searches every module of the JDK for the name, some milliseconds
     * each, and most names the engine asks for are guesses that exist nowhere; looked up from the
     * sources' own module, a name costs a table look-up.
     */
    void compiling(Collection<? extends Element> roots) {
        if (module == null && !roots.isEmpty()) {
            module = elements.getModuleOf(roots.iterator().next());
        }
    }

    @Override
    public Optional<Value> valueOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        Optional<TypeElement> type = types.computeIfAbsent(qualifiedName.substring(0, dot), this::type);
        String name = qualifiedName.substring(dot + 1);
        // Only fields the type declares itself: an inherited one may be declared in a scanned source,
        // which the engine finds under its own name, with its own position.
        return type.stream().flatMap(t -> ElementFilter.fieldsIn(t.getEnclosedElements()).stream())
                .filter(field -> field.getSimpleName().contentEquals(name))
                .findFirst()
                .flatMap(field -> value(field.getConstantValue()));
    }

    private Optional<TypeElement> type(String qualifiedName) {
        try {
            return Optional.ofNullable(module == null ? elements.getTypeElement(qualifiedName)
                    : elements.getTypeElement(module, qualifiedName));
        } catch (RuntimeException e) {
            // The engine asks for names it guesses; a class file javac cannot read must not break the compile.
            return Optional.empty();
        }
    }

    /** The constant as the engine's value: ints (and the smaller integers) and strings; nothing else is a code. */
    static Optional<Value> value(Object constant) {
        if (constant instanceof Integer || constant instanceof Short || constant instanceof Byte) {
            return Optional.of(new Value.IntValue(((Number) constant).intValue()));
        }
        if (constant instanceof String text) {
            return Optional.of(new Value.StringValue(text));
        }
        return Optional.empty();
    }
}
