package io.github.smtplint.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to run a scan.
 *
 * @param ruleLevels per rule id, OFF or the severity to report its findings at; rules not named keep their defaults
 * @param languageLevel the Java version the sources are written for ("17", "21", ...) or "newest"
 * @param charset the encoding of the source files
 * @param threads how many files to parse at once
 * @param catalogExtension a file of vendor codes to add to the catalog
 */
public record EngineConfig(Map<String, RuleLevel> ruleLevels, String languageLevel, Charset charset, int threads,
                           Optional<Path> catalogExtension) {
    /** The language level that means the newest Java JavaParser can read. */
    public static final String NEWEST = "newest";

    public EngineConfig {
        ruleLevels = Map.copyOf(ruleLevels);
    }

    public static EngineConfig defaults() {
        return new EngineConfig(Map.of(), NEWEST, StandardCharsets.UTF_8, Runtime.getRuntime().availableProcessors(),
                Optional.empty());
    }

    public EngineConfig withRuleLevel(String ruleId, RuleLevel level) {
        Map<String, RuleLevel> levels = new HashMap<>(ruleLevels);
        levels.put(ruleId, level);
        return new EngineConfig(levels, languageLevel, charset, threads, catalogExtension);
    }

    public EngineConfig withLanguageLevel(String level) {
        return new EngineConfig(ruleLevels, level, charset, threads, catalogExtension);
    }

    public EngineConfig withCharset(Charset newCharset) {
        return new EngineConfig(ruleLevels, languageLevel, newCharset, threads, catalogExtension);
    }

    public EngineConfig withThreads(int count) {
        return new EngineConfig(ruleLevels, languageLevel, charset, count, catalogExtension);
    }

    public EngineConfig withCatalogExtension(Path file) {
        return new EngineConfig(ruleLevels, languageLevel, charset, threads, Optional.of(file));
    }
}
