package io.github.smtplint.engine;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.cache.FactsCache;
import io.github.smtplint.cache.FactsStore;
import io.github.smtplint.catalog.CatalogExtension;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.facts.Suppressions;
import io.github.smtplint.outcome.OutcomeJudge;
import io.github.smtplint.resolve.ExternalConstants;
import io.github.smtplint.rules.RuleDescriptor;
import io.github.smtplint.rules.RuleSet;
import io.github.smtplint.sites.Site;
import io.github.smtplint.sites.SiteResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one entry point of smtp-lint's analysis: source files or folders and a configuration in,
 * findings out, in a deterministic order. Front doors (Maven plugin, command line, javac
 * processor) call it and translate its findings to their medium. Thread-safe.
 */
public final class Engine {
    /** The catalog, loaded by the first scan that needs it, so that making an engine costs next to nothing. */
    private final Supplier<Catalog> catalog;
    private final RuleSet rules;

    public Engine() {
        this.catalog = Catalog::standard;
        this.rules = RuleSet.standard();
    }

    public Engine(Catalog catalog, RuleSet rules) {
        this.catalog = () -> catalog;
        this.rules = rules;
    }

    /** The metadata of every rule, for reports and configuration checks. */
    public List<RuleDescriptor> rules() {
        return rules.descriptors();
    }

    /** The rule ids a configuration may name, sorted, for messages that list them. */
    public List<String> ruleIds() {
        return rules.descriptors().stream().map(RuleDescriptor::id).sorted().toList();
    }

    public ScanResult scan(List<Path> sources, EngineConfig config) throws ConfigurationException {
        return scan(sources, config, ScanProgress.NONE);
    }

    /** Scans, telling {@code progress} how far it has come. */
    public ScanResult scan(List<Path> sources, EngineConfig config, ScanProgress progress)
            throws ConfigurationException {
        Set<String> disabled = disabledRules(config);
        String languageLevel = LanguageLevels.parse(config.languageLevel());
        if (config.threads() < 1) {
            throw new ConfigurationException("threads is " + config.threads() + "; give 1 or more");
        }
        Catalog effectiveCatalog = catalogFor(config);
        // Made before the files are found: it reads the previous scan's facts meanwhile.
        FactsCache cache = cacheFor(config);
        SourceFiles.Found found = SourceFiles.discover(sources, config);
        List<Path> files = found.files();

        progress.started(files.size());
        FileScanner scanner = new FileScanner(languageLevel, config.checkLanguageLevel(), config.charset());
        ParallelParser parser = new ParallelParser(scanner, config.threads(), progress);
        // The pre-filter's rounds and the final resolution look up the same names: ask for each once.
        ExternalConstants external = ExternalConstants.askingOnce(config.externalConstants());
        CandidateParsing parsing = new CandidateParsing(parser, new Prefilter(config.charset()), progress, external,
                cache);
        List<FileScanner.Outcome> outcomes = parsing.outcomes(files, config.prefilter(),
                config.externalConstants() != ExternalConstants.NONE);
        saveQuietly(cache);
        List<Finding> findings = new ArrayList<>();
        found.problems().stream().filter(p -> !disabled.contains(p.ruleId())).forEach(findings::add);
        for (FileScanner.Outcome outcome : outcomes) {
            outcome.problem().filter(p -> !disabled.contains(p.ruleId())).ifPresent(findings::add);
        }
        List<FileFacts> facts = CandidateParsing.facts(outcomes);
        List<List<Site>> sites = new SiteResolver(facts, external).resolve(facts);
        // A finding about a constant's value may land in the file that declares it: its suppressions decide.
        Map<Path, Suppressions> suppressions = new HashMap<>();
        facts.forEach(file -> suppressions.put(file.file(), file.suppressions()));
        OutcomeJudge judge = new OutcomeJudge(facts.stream().flatMap(f -> f.outcomeMethods().stream()).toList());
        for (List<Site> fileSites : sites) {
            for (Finding finding : rules.run(fileSites, effectiveCatalog, judge, disabled)) {
                Suppressions where = suppressions.getOrDefault(finding.file(), Suppressions.NONE);
                if (!where.suppresses(finding.ruleId(), finding.line())) {
                    findings.add(finding);
                }
            }
        }
        List<Finding> configured = findings.stream()
                .map(f -> Optional.ofNullable(config.ruleLevels().get(f.ruleId()))
                        .flatMap(RuleLevel::severity).map(f::withSeverity).orElse(f))
                .distinct()
                .sorted()
                .toList();
        return new ScanResult(SourceLines.attach(configured, config.charset()), files.size(), parsing.filesParsed());
    }

    private static FactsCache cacheFor(EngineConfig config) throws ConfigurationException {
        if (config.cache().isEmpty()) {
            return FactsCache.off();
        }
        FactsStore store = config.cache().get();
        String settings;
        try {
            settings = CacheSettings.of(config);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the catalog extension " + config.catalogExtension().get()
                    + " (" + e + ")");
        }
        try {
            store.prepare();
        } catch (IOException e) {
            throw new ConfigurationException("cannot use the " + store + " (" + e
                    + "); give a folder smtp-lint may write to, or run without a cache");
        }
        return FactsCache.in(store, settings);
    }

    /** A cache that cannot be written costs the next scan time, never this scan its findings. */
    private static void saveQuietly(FactsCache cache) {
        try {
            cache.save();
        } catch (IOException | UncheckedIOException e) {
            // The next scan finds the previous cache, or none, and parses what it must.
        }
    }

    private Catalog catalogFor(EngineConfig config) throws ConfigurationException {
        if (config.catalogExtension().isEmpty()) {
            return catalog.get();
        }
        try {
            return catalog.get().extendedWith(CatalogExtension.read(config.catalogExtension().get(), catalog.get()));
        } catch (CatalogExtension.InvalidExtensionException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private Set<String> disabledRules(EngineConfig config) throws ConfigurationException {
        Set<String> known = rules.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        Set<String> disabled = new HashSet<>();
        for (Map.Entry<String, RuleLevel> entry : config.ruleLevels().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new ConfigurationException("unknown rule id '" + entry.getKey() + "'; the rule ids are: "
                        + String.join(", ", ruleIds()));
            }
            if (entry.getValue() == RuleLevel.OFF) {
                disabled.add(entry.getKey());
            }
        }
        return disabled;
    }

}
