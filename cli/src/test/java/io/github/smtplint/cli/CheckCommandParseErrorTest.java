package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be parsed: reported and counted apart; exit code 1 only with --fail-on-parse-error. */
class CheckCommandParseErrorTest {
    /** SMTP words make the pre-filter pick it, so it is parsed, and fails to, with the default options. */
    private static final String UNPARSABLE = "package com.example.mail;\n\nclass SmtpSession {\n"
            + "    void onReply(int smtpReply {\n    }\n}\n";

    @TempDir
    Path folder;

    @Test
    void areReportedButDoNotMakeTheExitCodeOneByDefault() throws IOException {
        Path broken = write("SmtpSession.java", UNPARSABLE);
        write("Client.java", CheckCommandTest.CLEAN);
        InProcessRun run = InProcessRun.of("check", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.stdout().lines().toList()).hasSize(2).first().asString()
                .startsWith(broken + ":4:").contains(" error ParseError: cannot parse the file as Java");
        assertThat(run.stdout()).endsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 2 files;"
                + " 1 file could not be parsed\n");
    }

    @Test
    void makeTheExitCodeOneWithFailOnParseError() throws IOException {
        write("SmtpSession.java", UNPARSABLE);
        write("legacy/SmtpSession.java", UNPARSABLE);
        InProcessRun run = InProcessRun.of("check", "--fail-on-parse-error", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).endsWith(" in 2 files; 2 files could not be parsed\n");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void failOnParseErrorHoldsEvenWhenFindingsNeverFail() throws IOException {
        write("SmtpSession.java", UNPARSABLE);
        assertThat(InProcessRun.of("check", "--fail-on", "never", folder.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(InProcessRun.of("check", "--fail-on", "never", "--fail-on-parse-error", folder.toString())
                .exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void doNotCountAgainstFailOn() throws IOException {
        write("SmtpSession.java", UNPARSABLE);
        write("Client.java", CheckCommandTest.CLIENT.replace("471", "421"));
        InProcessRun run = InProcessRun.of("check", "--fail-on", "error", folder.toString());
        assertThat(run.exitCode()).as("a warning and a parse error, nothing at or above error")
                .isEqualTo(ExitCodes.OK);
        assertThat(run.stdout()).endsWith("smtp-lint: 0 errors, 1 warning, 0 infos in 2 files;"
                + " 1 file could not be parsed\n");
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
