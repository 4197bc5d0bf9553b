package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmtpLintCommandTest {

    @Test
    void versionNamesTheToolVersionAndTheRegistryDate() {
        InProcessRun run = InProcessRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().strip())
                .matches("smtp-lint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(IANA enhanced status codes registry 2024-12-06\\)");
    }

    @Test
    void noCommandIsAUsageErrorListingTheCommands() {
        InProcessRun run = InProcessRun.of();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Missing required subcommand").contains("explain").contains("catalog");
    }

    @ParameterizedTest
    @ValueSource(strings = {"explain", "catalog"})
    void everyCommandHasHelp(String command) {
        InProcessRun run = InProcessRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("Usage: smtp-lint " + command);
        assertThat(run.stderr()).isEmpty();
    }
}
