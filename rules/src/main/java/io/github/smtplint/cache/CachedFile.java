package io.github.smtplint.cache;

import io.github.smtplint.engine.Finding;
import io.github.smtplint.facts.FileFacts;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scan learnt about one file, valid for as long as the file's content hash is the same.
 *
 * @param contentHash the SHA-256 of the file's bytes
 * @param mayHoldSite the pre-filter's verdict on the file's own text, if it was asked
 * @param parsed whether the file was parsed; if so, exactly one of {@code facts} and {@code problem} is present
 * @param facts what parsing the file extracted
 * @param problem why the file could not be read or parsed
 */
public record CachedFile(String contentHash, Optional<Boolean> mayHoldSite, boolean parsed, Optional<FileFacts> facts,
                         Optional<Finding> problem) {

    public CachedFile {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(mayHoldSite, "mayHoldSite");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(problem, "problem");
        if (parsed && facts.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("a parsed file has either facts or a problem");
        }
    }

    static CachedFile unparsed(String contentHash) {
        return new CachedFile(contentHash, Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    CachedFile withMayHoldSite(boolean verdict) {
        return new CachedFile(contentHash, Optional.of(verdict), parsed, facts, problem);
    }

    CachedFile withParsed(Optional<FileFacts> newFacts, Optional<Finding> newProblem) {
        return new CachedFile(contentHash, mayHoldSite, true, newFacts, newProblem);
    }
}
