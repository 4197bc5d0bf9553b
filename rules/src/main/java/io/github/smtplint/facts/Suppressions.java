package io.github.smtplint.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a file suppresses: {@code @SuppressWarnings("smtp-lint")} or
 * {@code @SuppressWarnings("smtp-lint:RuleId")} over a declaration's lines, and
 * {@code // smtp-lint:ignore RuleId} on a line or the line above it.
 *
 * @param ranges suppressed line ranges
 * @param ignoredLines for each line, the rule ids ignored there ({@link #ALL_RULES} for every rule): the
 *     line of a trailing comment, or the line below a comment that stands alone
 */
public record Suppressions(List<Range> ranges, Map<Integer, Set<String>> ignoredLines) {
    /** Stands for every rule in a suppression without a rule id. */
    public static final String ALL_RULES = "*";

    public static final Suppressions NONE = new Suppressions(List.of(), Map.of());

    public Suppressions {
        ranges = List.copyOf(ranges);
        ignoredLines = Map.copyOf(ignoredLines);
    }

    /** Lines {@code firstLine..lastLine} suppress {@code ruleIds}. */
    public record Range(int firstLine, int lastLine, Set<String> ruleIds) {
        public Range {
            ruleIds = Set.copyOf(ruleIds);
        }
    }

    public boolean suppresses(String ruleId, int line) {
        for (Range range : ranges) {
            if (line >= range.firstLine() && line <= range.lastLine() && covers(range.ruleIds(), ruleId)) {
                return true;
            }
        }
        return covers(ignoredLines.getOrDefault(line, Set.of()), ruleId);
    }

    private static boolean covers(Set<String> ruleIds, String ruleId) {
        return ruleIds.contains(ALL_RULES) || ruleIds.contains(ruleId);
    }
}
