package io.github.smtplint.processor;

import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.RuleLevel;
import io.github.smtplint.engine.Severity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The processor's {@code -A} options, named like the Maven plugin's parameters. javac accepts only
 * dot-separated Java identifiers as keys, so the plugin's {@code smtp-lint.} prefix is written
 * {@code smtplint.} here (the package name): {@code -Asmtplint.failOnSeverity=WARNING}.
 *
 * @param skip whether to check nothing
 * @param failOnSeverity the lowest severity reported as a compiler error
 * @param failOnViolation false to report every finding as a warning or note, never as an error
 * @param ruleLevels per rule id, OFF or the severity its findings get
 * @param catalogExtension a file of vendor codes to add to the catalog
 */
record ProcessorOptions(boolean skip, Severity failOnSeverity, boolean failOnViolation,
                        Map<String, RuleLevel> ruleLevels, Optional<Path> catalogExtension) {
    static final String PREFIX = "smtplint.";
    static final String SKIP = PREFIX + "skip";
    static final String FAIL_ON_SEVERITY = PREFIX + "failOnSeverity";
    static final String FAIL_ON_VIOLATION = PREFIX + "failOnViolation";
    static final String RULES = PREFIX + "rules";
    static final String CATALOG_EXTENSION = PREFIX + "catalogExtension";
    /** Every option, for {@code getSupportedOptions()}. */
    static final Set<String> NAMES = Set.of(SKIP, FAIL_ON_SEVERITY, FAIL_ON_VIOLATION, RULES, CATALOG_EXTENSION);

    ProcessorOptions {
        ruleLevels = Map.copyOf(ruleLevels);
    }

    /**
     * Reads the options meant for smtp-lint from all of javac's {@code -A} options; a key given
     * without a value ({@code -Asmtplint.skip}) means {@code true}.
     *
     * @param ruleIds the rule ids {@code smtplint.rules} may name
     */
    static ProcessorOptions read(Map<String, String> options, Collection<String> ruleIds)
            throws InvalidOptionsException {
        List<String> problems = new ArrayList<>();
        for (String key : options.keySet()) {
            if (looksLikeOurs(key) && !NAMES.contains(key)) {
                problems.add("unknown option -A" + key + "; the options are " + String.join(", ",
                        new TreeSet<>(NAMES).stream().map(name -> "-A" + name).toList()));
            }
        }
        boolean skip = flag(options, SKIP, false, problems);
        boolean failOnViolation = flag(options, FAIL_ON_VIOLATION, true, problems);
        Severity failOnSeverity = Severity.ERROR;
        if (options.containsKey(FAIL_ON_SEVERITY)) {
            String severity = Objects.requireNonNullElse(options.get(FAIL_ON_SEVERITY), "");
            Optional<Severity> parsed = Severity.parse(severity);
            if (parsed.isEmpty()) {
                problems.add("-A" + FAIL_ON_SEVERITY + " is '" + severity + "'; use ERROR, WARNING or INFO");
            } else {
                failOnSeverity = parsed.get();
            }
        }
        Map<String, RuleLevel> ruleLevels = ruleLevels(options.get(RULES), ruleIds, problems);
        Optional<Path> catalogExtension = catalogExtension(options, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
        return new ProcessorOptions(skip, failOnSeverity, failOnViolation, ruleLevels, catalogExtension);
    }

    /** The engine configuration with these options applied. */
    EngineConfig applyTo(EngineConfig config) {
        EngineConfig result = config;
        for (Map.Entry<String, RuleLevel> rule : ruleLevels.entrySet()) {
            result = result.withRuleLevel(rule.getKey(), rule.getValue());
        }
        return catalogExtension.map(result::withCatalogExtension).orElse(result);
    }

    /** Keys like ours ({@code smtp_lint.}, {@code smtpLint.}) count, so that a near miss is an error, not ignored. */
    private static boolean looksLikeOurs(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").startsWith(PREFIX);
    }

    private static Optional<Path> catalogExtension(Map<String, String> options, List<String> problems) {
        if (!options.containsKey(CATALOG_EXTENSION)) {
            return Optional.empty();
        }
        String file = options.get(CATALOG_EXTENSION);
        if (file == null || file.isBlank()) {
            problems.add("-A" + CATALOG_EXTENSION + " needs a file: -A" + CATALOG_EXTENSION + "=vendor-codes.tsv");
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
            problems.add("-A" + CATALOG_EXTENSION + " is '" + file + "', which is not a file name");
            return Optional.empty();
        }
    }

    private static boolean flag(Map<String, String> options, String key, boolean absent, List<String> problems) {
        if (!options.containsKey(key)) {
            return absent;
        }
        String value = options.get(key);
        if (value == null || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        problems.add("-A" + key + " is '" + value + "'; use true or false");
        return absent;
    }

    /** {@code RuleId:LEVEL,RuleId:LEVEL}, as in the plugin's {@code <rules>}. */
    private static Map<String, RuleLevel> ruleLevels(String written, Collection<String> ruleIds,
                                                     List<String> problems) {
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        if (written == null) {
            return levels;
        }
        for (String entry : written.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":", -1);
            String ruleId = parts[0].trim();
            Optional<RuleLevel> level = parts.length == 2 ? RuleLevel.parse(parts[1]) : Optional.empty();
            if (parts.length != 2 || level.isEmpty()) {
                problems.add("-A" + RULES + " has '" + entry.trim() + "'; write RuleId:LEVEL with LEVEL one of"
                        + " OFF, INFO, WARNING or ERROR, e.g. -A" + RULES + "=EnhancedBasicMismatch:OFF");
            } else if (!ruleIds.contains(ruleId)) {
                problems.add("-A" + RULES + " names the unknown rule id '" + ruleId + "'; the rule ids are: "
                        + String.join(", ", new TreeSet<>(ruleIds)));
            } else {
                levels.put(ruleId, level.get());
            }
        }
        return levels;
    }
}
