package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options {@code check} cannot use: each exits 2 with a message on standard error that names the
 * option, the bad value and what is accepted, prints nothing on standard output, and leaves the
 * report a previous run wrote as it was.
 */
class CheckCommandConfigurationTest {
    private static final String PREVIOUS_REPORT = "{ \"the\" : \"previous report\" }\n";

    @TempDir
    Path folder;

    private Path report;

    @BeforeEach
    void aSourceAndThePreviousReport() throws IOException {
        Files.writeString(folder.resolve("Client.java"), CheckCommandTest.CLIENT);
        report = Files.writeString(folder.resolve("smtp-lint.sarif"), PREVIOUS_REPORT);
    }

    @Test
    void anUnknownRuleId() {
        assertRejected(run("--rule", "UnknownReplyCodes=OFF"), "--rule UnknownReplyCodes=OFF: unknown rule id"
                + " 'UnknownReplyCodes'; the rule ids are: " + String.join(", ", new Engine().ruleIds()));
    }

    @Test
    void anUnknownSeverityWord() {
        assertRejected(run("--rule", "UnknownReplyCode=LOUD"),
                "--rule UnknownReplyCode=LOUD: the level must be OFF, INFO, WARNING or ERROR");
        assertRejected(run("--fail-on", "fatal"), "Invalid value for option '--fail-on': expected one of"
                + " [ERROR, WARNING, INFO, NEVER] (case-insensitive) but was 'fatal'");
    }

    @Test
    void aGlobThatIsNotValid() {
        InProcessRun run = run("--include", "**/*.{java");
        assertRejected(run, "--include '**/*.{java' is not a valid glob (");
        assertThat(run.stderr()).contains("); write globs like **/*.java or **/generated/**");
        assertRejected(run("--exclude", "[generated/**"), "--exclude '[generated/**' is not a valid glob (");
    }

    @Test
    void aMalformedBaselineNamingTheLine() throws IOException {
        Path baseline = Files.writeString(folder.resolve("baseline.json"),
                "{\n  \"formatVersion\": 1,\n  \"findings\": [\n<<<<<<< HEAD\n  ]\n}\n");
        InProcessRun run = run("--baseline", baseline.toString());
        assertRejected(run, "the baseline " + baseline + " is not a valid baseline file: ");
        assertThat(run.stderr().strip()).endsWith("(line 4)");
    }

    @Test
    void aNegativeThreadCount() {
        assertRejected(run("--threads", "-1"), "--threads is -1; give 1 or more");
        assertRejected(run("--threads", "many"), "Invalid value for option '--threads': 'many' is not an int");
    }

    @Test
    void anOutputThatCannotBeWritten() throws IOException {
        Path blocker = Files.writeString(folder.resolve("out"), "a file where a folder should go\n");
        Path unwritable = blocker.resolve("smtp-lint.json");
        assertRejected(run("--format", "json", "--output", unwritable.toString()), "cannot write " + unwritable + ": ");
        assertThat(blocker).hasContent("a file where a folder should go");
    }

    @Test
    void aReportThatCannotBeReplacedStaysAsItWas() throws IOException {
        Path occupied = Files.createDirectories(folder.resolve("smtp-lint.json"));
        Files.writeString(occupied.resolve("keep"), "a folder where the report should go\n");
        InProcessRun run = run("--format", "json", "--output", occupied.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stderr()).contains("cannot write " + occupied + ": ");
        assertThat(occupied.resolve("keep")).hasContent("a folder where the report should go");
        try (var left = Files.list(folder)) {
            assertThat(left).as("no temporary file is left behind")
                    .containsExactlyInAnyOrder(folder.resolve("Client.java"), report, occupied);
        }
    }

    @Test
    void aCacheFolderThatCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(folder.resolve("cache"), "a file where a folder should go\n");
        assertRejected(run("--cache", blocker.toString()), "cannot use the cache folder " + blocker);
    }

    /** {@code check} of the folder with the given options, writing SARIF over the previous report. */
    private InProcessRun run(String... options) {
        List<String> args = new ArrayList<>(List.of("check", folder.resolve("Client.java").toString(),
                "--format", "sarif", "--output", report.toString()));
        args.addAll(List.of(options));
        return InProcessRun.of(args.toArray(String[]::new));
    }

    private void assertRejected(InProcessRun run, String message) {
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains(message);
        assertThat(report).as("the previous report").hasContent(PREVIOUS_REPORT.strip());
    }
}
