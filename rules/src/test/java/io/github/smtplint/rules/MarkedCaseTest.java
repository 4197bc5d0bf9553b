package io.github.smtplint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the engine with every rule on each marked case and asserts that the findings are exactly
 * the marked ones: a finding on an unmarked line fails as surely as a missing one.
 */
class MarkedCaseTest {
    private static final Engine ENGINE = new Engine();

    static List<MarkedCase> cases() throws IOException, URISyntaxException {
        return MarkedCase.under(casesRoot());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsAreExactlyTheMarkedOnes(MarkedCase markedCase) throws Exception {
        List<Finding> findings = ENGINE.scan(markedCase.sources(), EngineConfig.defaults().withThreads(1)).findings();
        TreeSet<MarkedCase.Mark> actual = findings.stream()
                .map(f -> new MarkedCase.Mark(f.file().getFileName().toString(), f.line(), f.ruleId()))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<MarkedCase.Mark, String> messages = findings.stream().collect(Collectors.toMap(
                f -> new MarkedCase.Mark(f.file().getFileName().toString(), f.line(), f.ruleId()),
                Finding::message, (a, b) -> a + " | " + b));
        assertThat(actual)
                .as("findings of %s (messages: %s)", markedCase, messages)
                .containsExactlyElementsOf(markedCase.expected());
    }

    static Path casesRoot() throws URISyntaxException {
        return Path.of(MarkedCaseTest.class.getResource("/cases").toURI());
    }

}
