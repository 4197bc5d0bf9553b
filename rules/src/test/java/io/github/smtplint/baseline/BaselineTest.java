package io.github.smtplint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.report.ReportContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String LEGACY = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Legacy {
                private final SMTPClient client = new SMTPClient();

                boolean throttled() {
                    return client.getReplyCode() == 471;
                }

                boolean busy() {
                    return client.getReplyCode() == 431;
                }
            }
            """;

    private final Engine engine = new Engine();

    @TempDir
    Path project;

    @Test
    void acceptsTheFindingsItWasWrittenFromEvenWhenCodeMoves() throws Exception {
        Baseline baseline = Baseline.of(scan(LEGACY), context());
        Path file = project.resolve(Baseline.DEFAULT_FILE);
        baseline.write(file);

        String moved = LEGACY.replace("class Legacy {", "class Legacy {\n    // moved down by a new comment\n");
        BaselineMatch match = Baseline.read(file).match(scan(moved), context());
        assertThat(match.newFindings()).isEmpty();
        assertThat(match.matched()).isEqualTo(2);
        assertThat(match.fixed()).isEmpty();
    }

    @Test
    void reportsOnlyANewMistakeAndNamesFixedEntries() throws Exception {
        Baseline baseline = Baseline.of(scan(LEGACY), context());
        String changed = LEGACY.replace("== 431", "== 250").replace("boolean busy()", "boolean greylisted() {\n"
                + "        return client.getReplyCode() == 599;\n    }\n\n    boolean busy()");
        BaselineMatch match = baseline.match(scan(changed), context());
        assertThat(match.newFindings()).extracting(Finding::code).containsExactly("599");
        assertThat(match.matched()).isEqualTo(1);
        assertThat(match.fixed()).extracting(BaselineEntry::code).containsExactly("431");
    }

    @Test
    void aSecondIdenticalMistakeIsNew() throws Exception {
        Baseline baseline = Baseline.of(scan(LEGACY), context());
        String twice = LEGACY.replace("boolean busy()", "boolean alsoThrottled() {\n"
                + "        return client.getReplyCode() == 471;\n    }\n\n    boolean busy()");
        BaselineMatch match = baseline.match(scan(twice), context());
        assertThat(match.newFindings()).extracting(Finding::code).containsExactly("471");
        assertThat(match.matched()).isEqualTo(2);
    }

    @Test
    void theFileIsStableAndReadable() throws Exception {
        Path file = project.resolve(Baseline.DEFAULT_FILE);
        Baseline.of(scan(LEGACY), context()).write(file);
        String first = Files.readString(file);
        Baseline.of(scan(LEGACY), context()).write(file);
        assertThat(Files.readString(file)).isEqualTo(first).contains("\"formatVersion\" : 1")
                .contains("\"file\" : \"src/main/java/Legacy.java\"")
                .contains("\"line\" : \"return client.getReplyCode() == 471;\"")
                .doesNotContain("\"lineNumber\"");
    }

    @Test
    void aBrokenBaselineNamesTheFileAndTheProblem() throws IOException {
        Path file = Files.writeString(project.resolve("baseline.json"), "{\"formatVersion\": 1, \"findings\": [\n  {\"ruleId\": ");
        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(Baseline.InvalidBaselineException.class)
                .hasMessageStartingWith("the baseline " + file + " is not a valid baseline file")
                .hasMessageContaining("line 2");
        Files.writeString(file, "{\"formatVersion\": 1, \"findings\": [{\"ruleId\": \"UnknownReplyCode\"}]}");
        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("incomplete entry (number 1)");
        Files.writeString(file, "{\"formatVersion\": 7, \"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(file)).hasMessageContaining("format version 7");
        assertThatThrownBy(() -> Baseline.read(project.resolve("missing.json"))).hasMessageContaining("does not exist");
    }

    private List<Finding> scan(String source) throws Exception {
        Path java = Files.createDirectories(project.resolve("src/main/java")).resolve("Legacy.java");
        Files.writeString(java, source);
        return engine.scan(List.of(java), EngineConfig.defaults()).findings();
    }

    private ReportContext context() {
        return new ReportContext(project, "smtp-lint/", engine.rules());
    }
}
