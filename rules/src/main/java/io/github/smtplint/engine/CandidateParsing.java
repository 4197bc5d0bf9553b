package io.github.smtplint.engine;

import io.github.smtplint.cache.CachedFile;
import io.github.smtplint.cache.FactsCache;
import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.resolve.ExternalConstants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the files that can matter, in rounds: first those the {@link Prefilter} picks from their
 * own text, then those that the files already parsed lead to ({@link Leads}), until no new file is
 * added. Without the pre-filter, every file is parsed in one round. A file whose facts the
 * {@link FactsCache} holds for its current content is not parsed again; if no file changed since the
 * previous scan, the rounds are not even run, as they would pick the same files.
 */
final class CandidateParsing {
    private final ParallelParser parser;
    private final Prefilter prefilter;
    private final ScanProgress progress;
    private final ExternalConstants external;
    private final FactsCache cache;
    private int filesParsed;

    /**
     * @param external constants from outside the scanned files; answers that can change between scans
     *     while the files do not, so with them every scan runs its rounds
     */
    CandidateParsing(ParallelParser parser, Prefilter prefilter, ScanProgress progress, ExternalConstants external,
                     FactsCache cache) {
        this.parser = parser;
        this.prefilter = prefilter;
        this.progress = progress;
        this.external = external;
        this.cache = cache;
    }

    /** The outcome of every file that can matter, in the order of {@code files}. */
    List<FileScanner.Outcome> outcomes(List<Path> files, boolean prefiltered, boolean externalConstants) {
        cache.look(files);
        List<FileScanner.Outcome> outcomes;
        if (cache.unchanged(files) && !externalConstants) {
            outcomes = recalledAsBefore(files);
        } else {
            outcomes = prefiltered ? candidates(files) : parse(files);
        }
        return inOrderOf(files, outcomes);
    }

    /** How many files this scan parsed, as opposed to taking their facts from the cache. */
    int filesParsed() {
        return filesParsed;
    }

    private List<FileScanner.Outcome> candidates(List<Path> files) {
        Set<Path> waiting = new LinkedHashSet<>(files);
        List<Path> round = files.stream().filter(this::mayHoldSite).toList();
        List<FileScanner.Outcome> outcomes = new ArrayList<>();
        Leads leads = new Leads(external);
        while (!round.isEmpty()) {
            round.forEach(waiting::remove);
            outcomes.addAll(parse(round));
            Leads.Sought sought = leads.next(facts(outcomes));
            round = sought.isEmpty() ? List.of()
                    : waiting.stream().filter(file -> prefilter.reaches(file, sought)).toList();
        }
        waiting.forEach(file -> progress.fileDone());
        return outcomes;
    }

    private boolean mayHoldSite(Path file) {
        Optional<Boolean> known = cache.recall(file).flatMap(CachedFile::mayHoldSite);
        if (known.isPresent()) {
            return known.get();
        }
        boolean verdict = prefilter.mayHoldSite(file);
        cache.rememberMayHoldSite(file, verdict);
        return verdict;
    }

    /** Parses the files the cache does not know in their current content, and recalls the others. */
    private List<FileScanner.Outcome> parse(List<Path> files) {
        Map<Path, FileScanner.Outcome> outcomes = new HashMap<>();
        List<Path> unknown = new ArrayList<>();
        for (Path file : files) {
            recalled(file).ifPresentOrElse(outcome -> {
                outcomes.put(file, outcome);
                progress.fileDone();
            }, () -> unknown.add(file));
        }
        List<FileScanner.Outcome> parsed = parser.parse(unknown);
        for (int i = 0; i < unknown.size(); i++) {
            FileScanner.Outcome outcome = parsed.get(i);
            cache.rememberParsed(unknown.get(i), outcome.facts(), outcome.problem());
            outcomes.put(unknown.get(i), outcome);
        }
        filesParsed += unknown.size();
        return files.stream().map(outcomes::get).toList();
    }

    /** The files the previous scan parsed, as it left them; the others were not needed then and are not now. */
    private List<FileScanner.Outcome> recalledAsBefore(List<Path> files) {
        List<FileScanner.Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            recalled(file).ifPresent(outcomes::add);
            progress.fileDone();
        }
        return outcomes;
    }

    private Optional<FileScanner.Outcome> recalled(Path file) {
        return cache.recall(file).filter(CachedFile::parsed)
                .map(known -> new FileScanner.Outcome(known.facts(), known.problem()));
    }

    /** The facts of the parsed files, for the checks that span files. */
    static List<FileFacts> facts(List<FileScanner.Outcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.facts().stream()).toList();
    }

    /** Outcomes in the order of the files, whichever round or cache they came from, so that every way gives one result. */
    private static List<FileScanner.Outcome> inOrderOf(List<Path> files, List<FileScanner.Outcome> outcomes) {
        Map<Path, Integer> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.putIfAbsent(files.get(i), i);
        }
        return outcomes.stream()
                .sorted(Comparator.comparingInt(outcome -> order.getOrDefault(outcome.file(), files.size())))
                .toList();
    }
}
