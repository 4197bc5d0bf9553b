package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static io.github.smtplint.maven.SmtpSources.UNPARSABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * Files that cannot be parsed: always reported as {@code ParseError} and counted apart from the
 * findings; they fail the build only with {@code failOnParseError}.
 */
@MojoTest
class CheckMojoParseErrorTest extends ScanMojoTestSupport {

    @Test
    @InjectMojo(goal = "check")
    void areReportedAndCountedApartButDoNotFailTheBuildByDefault(CheckMojo mojo) {
        Path broken = sample().addMainSource(UNPARSABLE);
        sample().addMainSource(CLEAN);

        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(errors()).singleElement().asString()
                .startsWith(located(broken, 4, 22, "ParseError") + "cannot parse the file as Java");
        assertThat(summary()).matches("smtp-lint: 0 errors, 0 warnings, 0 infos in 2 files;"
                + " 1 file could not be parsed \\(2 parsed, \\d+ ms\\); reports: .*");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnParseError", value = "true")
    @MojoParameter(name = "formats", value = "text")
    void failTheBuildWithFailOnParseError(CheckMojo mojo) {
        sample().addMainSource(UNPARSABLE);
        sample().addMainSource("com/example/mail/legacy/SmtpSession.java", UNPARSABLE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("smtp-lint: 2 files could not be parsed");
        assertThat(summary()).contains(" in 2 files; 2 files could not be parsed (");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    @MojoParameter(name = "formats", value = "text")
    void doNotCountAgainstMaxAllowedViolations(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNPARSABLE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(summary()).startsWith("smtp-lint: 1 error, 0 warnings, 0 infos in 2 files; 1 file could not be parsed");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnParseError", value = "true")
    @MojoParameter(name = "formats", value = "sarif")
    void theFailureNamesBothReasonsAndTheReport(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNPARSABLE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("smtp-lint: 1 finding at or above ERROR and 1 file could not be parsed (see "
                        + sample().reportDirectory().resolve("smtp-lint.sarif") + ")");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnParseError", value = "true")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void failOnParseErrorIsIndependentOfFailOnViolation(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNPARSABLE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("smtp-lint: 1 file could not be parsed");
    }
}
