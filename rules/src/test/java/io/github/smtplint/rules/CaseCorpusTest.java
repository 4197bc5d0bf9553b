package io.github.smtplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Holds the marked-case corpus to its promise: every rule has cases that must and must not be flagged. */
class CaseCorpusTest {

    private static List<MarkedCase> cases() throws Exception {
        return MarkedCaseTest.cases();
    }

    @Test
    void everyRuleHasAtLeastThreePositiveAndThreeNegativeCases() throws Exception {
        Map<String, Long> counts = cases().stream()
                .collect(Collectors.groupingBy(c -> c.name().substring(0, c.name().lastIndexOf('/')),
                        Collectors.counting()));
        for (RuleDescriptor rule : RuleSet.standard().descriptors()) {
            if (rule.id().equals(RuleSet.PARSE_ERROR.id())) {
                continue;
            }
            assertThat(counts.getOrDefault(rule.id() + "/positive", 0L)).as(rule.id() + " positive cases")
                    .isGreaterThanOrEqualTo(3);
            assertThat(counts.getOrDefault(rule.id() + "/negative", 0L)).as(rule.id() + " negative cases")
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void positiveCasesMarkTheirRuleAndNegativeCasesDoNot() throws Exception {
        for (MarkedCase markedCase : cases()) {
            String[] parts = markedCase.name().split("/");
            if (parts.length < 3) {
                continue;
            }
            List<String> marked = markedCase.expected().stream().map(MarkedCase.Mark::ruleId).toList();
            if (parts[1].equals("positive")) {
                assertThat(marked).as(markedCase.name()).contains(parts[0]);
            } else if (parts[1].equals("negative")) {
                assertThat(marked).as(markedCase.name()).doesNotContain(parts[0]);
            }
        }
    }
}
