package io.github.smtplint.engine;

import io.github.smtplint.facts.FileFacts;
import io.github.smtplint.resolve.ExternalConstants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses the files that can matter, in rounds: first those the {@link Prefilter} picks from their
 * own text, then those that the files already parsed lead to ({@link Leads}), until no new file is
 * added. Without the pre-filter, every file is parsed in one round.
 */
final class CandidateParsing {
    private final ParallelParser parser;
    private final Prefilter prefilter;
    private final ScanProgress progress;
    private final ExternalConstants external;

    CandidateParsing(ParallelParser parser, Prefilter prefilter, ScanProgress progress, ExternalConstants external) {
        this.parser = parser;
        this.prefilter = prefilter;
        this.progress = progress;
        this.external = external;
    }

    List<FileScanner.Outcome> everyFile(List<Path> files) {
        return parser.parse(files);
    }

    List<FileScanner.Outcome> candidates(List<Path> files) {
        Set<Path> waiting = new LinkedHashSet<>(files);
        List<Path> round = files.stream().filter(prefilter::mayHoldSite).toList();
        List<FileScanner.Outcome> outcomes = new ArrayList<>();
        Leads leads = new Leads(external);
        while (!round.isEmpty()) {
            round.forEach(waiting::remove);
            outcomes.addAll(parser.parse(round));
            Leads.Sought sought = leads.next(facts(outcomes));
            round = sought.isEmpty() ? List.of()
                    : waiting.stream().filter(file -> prefilter.reaches(file, sought)).toList();
        }
        waiting.forEach(file -> progress.fileDone());
        return outcomes;
    }

    /** The facts of the parsed files, for the checks that span files. */
    static List<FileFacts> facts(List<FileScanner.Outcome> outcomes) {
        return outcomes.stream().flatMap(o -> o.facts().stream()).toList();
    }
}
