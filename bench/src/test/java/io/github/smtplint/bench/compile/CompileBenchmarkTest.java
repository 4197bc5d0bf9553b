package io.github.smtplint.bench.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtplint.bench.Machine;
import io.github.smtplint.bench.PhaseSummary;
import io.github.smtplint.bench.SourceTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile benchmark runs real compiles: javac in processes of their own, with the real processor. */
class CompileBenchmarkTest {
    private static final String SESSION = """
            package com.example.mail;

            final class Session {
                void onQuit(int smtpReply) {
                    if (smtpReply == 221) {
                        throw new IllegalStateException("closed");
                    }
                }
            }
            """;

    /** A time or a ratio as the table prints it. */
    private static final String NUMBER = "\\d+\\.\\d\\d";

    @TempDir
    Path sources;

    @Test
    void timesEverySetupInEveryPassAgainstTheSameBaseline() throws Exception {
        Files.writeString(sources.resolve("Session.java"), SESSION);
        SourceTree tree = SourceTree.of(sources);
        CompileOptions options = CompileOptions.parse("--source", sources.toString(), "--repeat", "2");

        List<PhaseSummary> setups = CompileBenchmark.measure(tree, options);

        assertThat(setups).extracting(s -> s.median().phase()).containsExactly("javac, no annotation processing",
                "javac, a processor doing nothing", "javac, smtp-lint's processor");
        assertThat(setups).allSatisfy(s -> assertThat(s.ratios()).hasSize(2).allMatch(r -> r > 0));
        assertThat(setups.get(0).ratios()).containsOnly(1.0);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CompileBenchmark.printTable(new PrintStream(printed, true, StandardCharsets.UTF_8), tree, options,
                Machine.now(), Machine.now(), setups);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("(1 files, 9 lines), --release " + Runtime.version().feature())
                .containsPattern("javac, smtp-lint's processor +" + NUMBER + " +" + NUMBER + " +" + NUMBER + "-"
                        + NUMBER);
    }

    @Test
    void aProcessorPathWithoutSmtpLintIsRefusedNotTimed(@TempDir Path empty) throws Exception {
        Files.writeString(sources.resolve("Session.java"), SESSION);
        CompileOptions options = CompileOptions.parse("--source", sources.toString(), "--repeat", "1",
                "--processor-path", empty.toString());

        assertThatThrownBy(() -> CompileBenchmark.measure(SourceTree.of(sources), options))
                .isInstanceOf(CompileFailedException.class)
                .hasMessageStartingWith("javac, smtp-lint's processor: javac did not run "
                        + "io.github.smtplint.processor.SmtpLintProcessor; check the processor path");
    }

    @Test
    void sourcesThatDoNotCompileAreRefusedWithWhatJavacSaid() throws Exception {
        Files.writeString(sources.resolve("Client.java"), """
                package com.example.mail;

                import org.apache.commons.net.smtp.SMTPClient;

                final class Client {
                    private final SMTPClient client = new SMTPClient();
                }
                """);
        CompileOptions options = CompileOptions.parse("--source", sources.toString());

        assertThatThrownBy(() -> CompileBenchmark.measure(SourceTree.of(sources), options))
                .isInstanceOf(CompileFailedException.class)
                .hasMessageStartingWith("javac, no annotation processing: the sources do not compile; give the"
                        + " libraries they need with --classpath")
                .hasMessageContaining("org.apache.commons.net.smtp does not exist");
    }

    @Test
    void optionsAreCheckedBeforeAnythingRuns() {
        assertThatThrownBy(() -> CompileOptions.parse("--repeat", "3"))
                .hasMessage("give the sources to compile with --source DIR");
        assertThatThrownBy(() -> CompileOptions.parse("--source", "src", "--repeat", "0"))
                .hasMessage("--repeat must be 1 or more");
        assertThatThrownBy(() -> CompileOptions.parse("--source", "src", "--release", "seventeen"))
                .hasMessage("--release needs a whole number, not 'seventeen'");
        assertThatThrownBy(() -> CompileOptions.parse("--source", "src", "--threads", "2"))
                .hasMessage("unknown option --threads");
        CompileOptions defaults = CompileOptions.parse("--source", "src");
        assertThat(defaults.classpath()).isEmpty();
        assertThat(defaults.repeats()).isEqualTo(5);
        assertThat(defaults.release()).isEqualTo(Runtime.version().feature());
        assertThat(defaults.processorPath()).isEqualTo(System.getProperty("java.class.path"));
    }
}
