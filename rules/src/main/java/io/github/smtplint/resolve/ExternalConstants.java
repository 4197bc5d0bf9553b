package io.github.smtplint.resolve;

import io.github.smtplint.facts.Value;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Constants declared outside the scanned sources, looked up by a front door that can see them: the
 * javac processor answers from the compiler's symbols, so that a class compiled in an earlier
 * (incremental) build or taken from a library resolves as if its source were scanned. The engine
 * asks only for names the scanned sources do not declare, one qualified name at a time, from the
 * thread that called {@code Engine.scan}; answers are kept for the rest of the scan.
 */
@FunctionalInterface
public interface ExternalConstants {
    /** Knows no constants beyond the scanned sources and the known mail libraries. */
    ExternalConstants NONE = qualifiedName -> Optional.empty();

    /**
     * The value of the {@code int} or {@code String} constant with this qualified name, e.g.
     * "com.example.ReplyCodes.SERVICE_READY"; empty if no such constant is declared directly in that type.
     */
    Optional<Value> valueOf(String qualifiedName);

    /** The same constants, each name asked of {@code constants} at most once however often it is looked up. */
    static ExternalConstants askingOnce(ExternalConstants constants) {
        Map<String, Optional<Value>> answers = new ConcurrentHashMap<>();
        return qualifiedName -> answers.computeIfAbsent(qualifiedName, constants::valueOf);
    }
}
