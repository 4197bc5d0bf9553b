package io.github.smtplint.engine;

import io.github.smtplint.cache.FactsStore;
import io.github.smtplint.resolve.ExternalConstants;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a scan.
 *
 * @param ruleLevels per rule id, OFF or the severity to report its findings at; rules not named keep their defaults
 * @param languageLevel the Java version the sources are written for ("17", "21", ...) or "newest"
 * @param checkLanguageLevel whether a file whose syntax the language level does not allow (a record at
 *     level 11) is reported as unparsable; off where a compiler has already checked the sources, which
 *     spares the parser's validation passes over every tree
 * @param charset the encoding of the source files
 * @param threads how many files to parse at once
 * @param catalogExtension a file of vendor codes to add to the catalog
 * @param includes globs of the files to scan under each source folder, relative to it
 * @param excludes globs of the files to leave out, relative to each source folder
 * @param prefilter whether to parse only the files a cheap look at their text says can matter; the
 *     findings are the same either way, but a file that is not parsed cannot be reported as unparsable
 * @param externalConstants the values of constants the scanned sources use but do not declare
 * @param cache where each scan keeps the facts of the files for the next, so that unchanged files are
 *     not parsed again
 */
public record EngineConfig(
        Map<String, RuleLevel> ruleLevels,
        String languageLevel,
        boolean checkLanguageLevel,
        Charset charset,
        int threads,
        Optional<Path> catalogExtension,
        List<String> includes,
        List<String> excludes,
        boolean prefilter,
        ExternalConstants externalConstants,
        Optional<FactsStore> cache) {

    /** The language level that means the newest Java JavaParser can read. */
    public static final String NEWEST = "newest";
    /** Every Java file. */
    public static final List<String> ALL_JAVA_FILES = List.of("**/*.java");

    public EngineConfig {
        ruleLevels = Map.copyOf(ruleLevels);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(externalConstants, "externalConstants");
        Objects.requireNonNull(cache, "cache");
    }

    public static EngineConfig defaults() {
        return new EngineConfig(Map.of(), NEWEST, true, StandardCharsets.UTF_8,
                Runtime.getRuntime().availableProcessors(), Optional.empty(), ALL_JAVA_FILES, List.of(), true,
                ExternalConstants.NONE, Optional.empty());
    }

    public EngineConfig withRuleLevel(String ruleId, RuleLevel level) {
        Map<String, RuleLevel> levels = new HashMap<>(ruleLevels);
        levels.put(ruleId, level);
        return new EngineConfig(levels, languageLevel, checkLanguageLevel, charset, threads, catalogExtension, includes,
                excludes, prefilter, externalConstants, cache);
    }

    public EngineConfig withLanguageLevel(String level) {
        return new EngineConfig(ruleLevels, level, checkLanguageLevel, charset, threads, catalogExtension, includes,
                excludes, prefilter, externalConstants, cache);
    }

    /** Whether to report a file whose syntax the language level does not allow; see {@link #checkLanguageLevel}. */
    public EngineConfig withLanguageLevelCheck(boolean on) {
        return new EngineConfig(ruleLevels, languageLevel, on, charset, threads, catalogExtension, includes, excludes,
                prefilter, externalConstants, cache);
    }

    public EngineConfig withCharset(Charset newCharset) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, newCharset, threads, catalogExtension,
                includes, excludes, prefilter, externalConstants, cache);
    }

    public EngineConfig withThreads(int count) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, charset, count, catalogExtension,
                includes, excludes, prefilter, externalConstants, cache);
    }

    public EngineConfig withCatalogExtension(Path file) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, charset, threads, Optional.of(file),
                includes, excludes, prefilter, externalConstants, cache);
    }

    public EngineConfig withFiles(List<String> includeGlobs, List<String> excludeGlobs) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, charset, threads, catalogExtension,
                includeGlobs, excludeGlobs, prefilter, externalConstants, cache);
    }

    public EngineConfig withPrefilter(boolean on) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, charset, threads, catalogExtension,
                includes, excludes, on, externalConstants, cache);
    }

    /** Resolves constants the scanned sources do not declare through {@code constants}. */
    public EngineConfig withExternalConstants(ExternalConstants constants) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, charset, threads, catalogExtension,
                includes, excludes, prefilter, constants, cache);
    }

    /** Keeps the facts of the files in {@code folder} between scans. */
    public EngineConfig withCache(Path folder) {
        return withCache(FactsStore.inFolder(folder));
    }

    /** Keeps the facts of the files in {@code store} between scans. */
    public EngineConfig withCache(FactsStore store) {
        return new EngineConfig(ruleLevels, languageLevel, checkLanguageLevel, charset, threads, catalogExtension,
                includes, excludes, prefilter, externalConstants, Optional.of(store));
    }
}
