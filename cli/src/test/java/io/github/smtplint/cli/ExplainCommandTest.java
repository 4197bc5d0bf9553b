package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void registeredReplyCodeIsExplainedAndAccepted() {
        InProcessRun run = InProcessRun.of("explain", "221");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout())
                .startsWith("221: positive completion")
                .contains("Service closing transmission channel")
                .contains("reply to: QUIT (success)");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void replyLineWhoseClassesDisagreeIsAFinding() {
        InProcessRun run = InProcessRun.of("explain", "550 4.1.1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).contains("550 4.1.1: the classes disagree");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void unregisteredReplyCodeIsAFinding() {
        InProcessRun run = InProcessRun.of("explain", "431");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).contains("431: not registered");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void replyCodeWithSecondDigitAboveFiveIsMalformed() {
        InProcessRun run = InProcessRun.of("explain", "471");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).contains("471: malformed").contains("second digit 7 is outside RFC 5321's categories");
    }

    @Test
    void enhancedCodeWithClassSixIsMalformed() {
        InProcessRun run = InProcessRun.of("explain", "6.1.1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).contains("6.1.1: malformed");
    }

    @Test
    void registeredEnhancedCodeIsAccepted() {
        InProcessRun run = InProcessRun.of("explain", "4.4.7");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("4.4.7: Delivery time expired");
    }

    @Test
    void severalValuesAreExplainedInOrderSeparatedByABlankLineAndOneFindingFailsTheRun() {
        InProcessRun run = InProcessRun.of("explain", "221", "431", "4.4.7");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout().lines())
                .filteredOn(line -> line.matches("\\S+: .*"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("221", "431", "4.4.7");
        assertThat(run.stdout()).contains(String.format("QUIT (success)%n%n431: not registered"));
    }

    @Test
    void missingValueIsAUsageErrorReportedOnStderrOnly() {
        InProcessRun run = InProcessRun.of("explain");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Missing required parameter").contains("Usage: smtp-lint explain");
    }

    @Test
    void unknownOptionIsAUsageError() {
        InProcessRun run = InProcessRun.of("explain", "--verbose", "221");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Unknown option: '--verbose'");
    }
}
