package io.github.smtplint.cli;

import io.github.smtplint.engine.ConfigurationException;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.RuleLevel;
import io.github.smtplint.engine.ScanProgress;
import io.github.smtplint.engine.ScanResult;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options of the commands that scan sources ({@code check}, {@code baseline}), mirroring the Maven goal's parameters. */
final class ScanOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Java files, or folders to search for *.java")
    List<Path> paths;

    @Option(names = "--rule", paramLabel = "RuleId=LEVEL",
            description = "a rule's level: OFF, INFO, WARNING or ERROR; repeatable")
    Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--include", paramLabel = "GLOB", description = "files to read under each folder (default: **/*.java)")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "files to leave out under each folder")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--language-level", paramLabel = "VERSION", defaultValue = EngineConfig.NEWEST,
            description = "the Java version of the sources, e.g. 17 (default: ${DEFAULT-VALUE})")
    String languageLevel;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "the encoding of the sources (default: ${DEFAULT-VALUE})")
    Charset encoding;

    @Option(names = "--catalog-extension", paramLabel = "FILE",
            description = "a tab-separated file of vendor codes to add to the catalog")
    Path catalogExtension;

    @Option(names = "--threads", paramLabel = "N", description = "files to parse at once (default: processors)")
    Integer threads;

    @Option(names = "--no-prefilter",
            description = "parse every file, not only those whose text can hold an SMTP code; the findings are the"
                    + " same, but syntax errors are reported in every file")
    boolean noPrefilter;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "a folder to keep the facts of each file in between runs, so that files whose content"
                    + " has not changed are not parsed again; the findings are the same")
    Path cache;

    /** Scans the paths; a bad option or path ends the command with exit code 2 and a message naming it. */
    ScanResult scan(Engine engine, ScanProgress progress) {
        try {
            return engine.scan(paths, config(engine.ruleIds()), progress);
        } catch (ConfigurationException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    private EngineConfig config(List<String> ruleIds) {
        checkGlobs("--include", includes);
        checkGlobs("--exclude", excludes);
        EngineConfig config = EngineConfig.defaults()
                .withCharset(encoding)
                .withLanguageLevel(languageLevel)
                .withFiles(includes.isEmpty() ? EngineConfig.ALL_JAVA_FILES : includes, excludes)
                .withPrefilter(!noPrefilter);
        if (threads != null) {
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads is " + threads + "; give 1 or more");
            }
            config = config.withThreads(threads);
        }
        if (catalogExtension != null) {
            config = config.withCatalogExtension(catalogExtension);
        }
        if (cache != null) {
            config = config.withCache(cache);
        }
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            if (!ruleIds.contains(rule.getKey())) {
                throw new ParameterException(spec.commandLine(), "--rule " + rule.getKey() + "=" + rule.getValue()
                        + ": unknown rule id '" + rule.getKey() + "'; the rule ids are: " + String.join(", ", ruleIds));
            }
            RuleLevel level = RuleLevel.parse(rule.getValue()).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--rule " + rule.getKey() + "=" + rule.getValue()
                            + ": the level must be OFF, INFO, WARNING or ERROR"));
            config = config.withRuleLevel(rule.getKey(), level);
        }
        return config;
    }

    private void checkGlobs(String option, List<String> globs) {
        for (String glob : globs) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), option + " '" + glob + "' is not a valid glob ("
                        + e.getMessage() + "); write globs like **/*.java or **/generated/**");
            }
        }
    }
}
