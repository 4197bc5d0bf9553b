package io.github.smtplint.baseline;

import io.github.smtplint.engine.Finding;
import java.util.List;

/**
 * The findings of a check held against a baseline.
 *
 * @param newFindings findings the baseline does not accept: these are reported
 * @param matched how many findings the baseline accepted
 * @param fixed baseline entries that no longer occur, which can be removed from the file
 */
public record BaselineMatch(List<Finding> newFindings, int matched, List<BaselineEntry> fixed) {
    public BaselineMatch {
        newFindings = List.copyOf(newFindings);
        fixed = List.copyOf(fixed);
    }
}
