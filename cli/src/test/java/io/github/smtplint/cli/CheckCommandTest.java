package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.report.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final String CLIENT = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Client {
                private final SMTPClient client = new SMTPClient();

                boolean throttled() {
                    return client.getReplyCode() == 471;
                }

                boolean busy() {
                    return client.getReplyCode() == 431;
                }
            }
            """;
    static final String CLEAN = CLIENT.replace("471", "421").replace("431", "450");

    @TempDir
    Path folder;

    @Test
    void findingsAtOrAboveErrorExitOneAndPrintEditorLinks() throws IOException {
        Path client = write("Client.java", CLIENT);
        InProcessRun run = InProcessRun.of("check", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout().lines().toList()).containsExactly(
                client + ":9:41: error UnknownReplyCode: 471 is not an SMTP reply code: its second digit 7 is outside"
                        + " RFC 5321's categories 0 to 5 (§4.2.1). Use a code RFC 5321 §4.2.3 or an extension defines.",
                client + ":13:41: warning UnknownReplyCode: 431 is not registered: no RFC defines it, so clients read it"
                        + " only as transient negative completion (4yz) (RFC 5321 §4.2.1). Use a registered 4yz code"
                        + " such as 421, 450, 451, 452, or declare the vendor code in a catalog extension.",
                "smtp-lint: 1 error, 1 warning, 0 infos in 1 file");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void aCachedReRunPrintsTheSameEvenWhenTheCacheIsCorrupt() throws IOException {
        write("Client.java", CLIENT);
        Path cache = folder.resolve("cache");
        String[] cachedCheck = {"check", "--cache", cache.toString(), folder.toString()};
        InProcessRun first = InProcessRun.of(cachedCheck);
        InProcessRun cached = InProcessRun.of(cachedCheck);
        Files.writeString(cache.resolve("facts.json"), "{ not the cache");
        InProcessRun rebuilt = InProcessRun.of(cachedCheck);

        assertThat(first.stdout()).contains("UnknownReplyCode").endsWith(" in 1 file\n");
        assertThat(cached.stdout()).isEqualTo(first.stdout());
        assertThat(rebuilt.stdout()).isEqualTo(first.stdout());
        assertThat(rebuilt.stderr()).isEmpty();
        assertThat(cache.resolve("facts.json")).content().startsWith("{\"format\":1,");
    }

    @Test
    void cleanCodeExitsZero() throws IOException {
        write("Client.java", CLEAN);
        InProcessRun run = InProcessRun.of("check", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.stdout()).isEqualTo("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file\n");
    }

    @Test
    void failOnDecidesWhichSeveritiesFail() throws IOException {
        write("Client.java", CLIENT.replace("471", "421"));
        assertThat(InProcessRun.of("check", folder.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(InProcessRun.of("check", "--fail-on", "warning", folder.toString()).exitCode())
                .isEqualTo(ExitCodes.FINDINGS);
        write("Client.java", CLIENT);
        assertThat(InProcessRun.of("check", "--fail-on", "never", folder.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void ruleLevelsChangeSeverities() throws IOException {
        write("Client.java", CLIENT);
        InProcessRun run = InProcessRun.of("check", "--rule", "UnknownReplyCode=WARNING", "--quiet", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.stdout()).contains(": warning UnknownReplyCode: 471").doesNotContain("smtp-lint:");
    }

    @Test
    void everyReportFormatCanGoToItsOwnFile() throws IOException {
        write("Client.java", CLIENT);
        Path sarif = folder.resolve("out/smtp-lint.sarif");
        Path checkstyle = folder.resolve("checkstyle.xml");
        Path json = folder.resolve("findings.json");
        InProcessRun run = InProcessRun.of("check", folder.resolve("Client.java").toString(),
                "--format", "sarif", "--output", sarif.toString(),
                "--format", "checkstyle", "--output", checkstyle.toString(),
                "--format", "json", "--output", json.toString(),
                "--format", "text");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(SarifSchema.violations(Files.readString(sarif))).isEmpty();
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"UnknownReplyCode\"");
        assertThat(Files.readString(checkstyle)).contains("<error line=\"9\" column=\"41\" severity=\"error\"");
        assertThat(Files.readString(json)).contains("\"error\" : 1").contains("\"warning\" : 1");
        assertThat(run.stdout()).contains("error UnknownReplyCode").contains("smtp-lint: 1 error");
    }

    @Test
    void aReportCanGoToStandardOutput() throws IOException {
        write("Client.java", CLIENT);
        InProcessRun run = InProcessRun.of("check", folder.toString(), "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(SarifSchema.violations(run.stdout())).isEmpty();
    }

    @Test
    void parsableAndUnparsableFilesTogether() throws IOException {
        write("Client.java", CLIENT);
        Path broken = write("Broken.java", "package com.example;\nclass Broken {\n  void m( {\n}\n");
        InProcessRun run = InProcessRun.of("check", "--no-prefilter", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout())
                .contains(broken + ":3:")
                .contains("error ParseError: cannot parse the file as Java")
                .contains("error UnknownReplyCode: 471")
                .contains("smtp-lint: 1 error, 1 warning, 0 infos in 2 files; 1 file could not be parsed\n");
    }

    @Test
    void baselineAcceptsTodaysFindingsAndCatchesNewOnes() throws IOException {
        write("Client.java", CLIENT);
        Path baseline = folder.resolve("baseline.json");
        InProcessRun written = InProcessRun.of("baseline", folder.toString(), "--output", baseline.toString());
        assertThat(written.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(written.stderr()).contains("wrote 2 findings to " + baseline);

        InProcessRun accepted = InProcessRun.of("check", folder.toString(), "--baseline", baseline.toString());
        assertThat(accepted.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(accepted.stderr()).contains("the baseline accepted 2 findings");

        write("Client.java", CLIENT.replace("boolean busy() {", "boolean refused() {\n"
                + "        return client.getReplyCode() == 599;\n    }\n\n    boolean busy() {"));
        InProcessRun changed = InProcessRun.of("check", folder.toString(), "--baseline", baseline.toString());
        assertThat(changed.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(changed.stdout()).contains("599 is not an SMTP reply code").doesNotContain("UnknownReplyCode: 471");
    }

    @Test
    void aMissingPathExitsTwoNamingIt() {
        Path missing = folder.resolve("nowhere");
        InProcessRun run = InProcessRun.of("check", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("source path " + missing + " does not exist");
    }

    @Test
    void configurationErrorsExitTwoNamingTheOption() throws IOException {
        write("Client.java", CLIENT);
        String path = folder.toString();
        assertError(InProcessRun.of("check", path, "--rule", "UnknownReplyCodes=OFF"),
                "--rule UnknownReplyCodes=OFF: unknown rule id 'UnknownReplyCodes'; the rule ids are:");
        assertError(InProcessRun.of("check", path, "--rule", "UnknownReplyCode=LOUD"),
                "--rule UnknownReplyCode=LOUD: the level must be OFF, INFO, WARNING or ERROR");
        assertError(InProcessRun.of("check", path, "--no-such-option"), "Unknown option: '--no-such-option'");
        assertError(InProcessRun.of("check", path, "--format", "xml"), "Invalid value for option '--format'");
        assertError(InProcessRun.of("check", path, "--threads", "-1"), "--threads is -1; give 1 or more");
        assertError(InProcessRun.of("check", path, "--language-level", "99"), "language level '99'");
        assertError(InProcessRun.of("check", path, "--format", "sarif", "--format", "json"),
                "only one --format can go to standard output");
        assertError(InProcessRun.of("check", path, "--baseline", folder.resolve("none.json").toString()),
                "does not exist");
    }

    @Test
    void anUnwritableOutputExitsTwoNamingIt() throws IOException {
        write("Client.java", CLIENT);
        Path blocker = write("file", "not a folder");
        Path unwritable = blocker.resolve("report.sarif");
        InProcessRun run = InProcessRun.of("check", folder.resolve("Client.java").toString(),
                "--format", "sarif", "--output", unwritable.toString());
        assertError(run, "cannot write " + unwritable);
    }

    private static void assertError(InProcessRun run, String message) {
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains(message);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
