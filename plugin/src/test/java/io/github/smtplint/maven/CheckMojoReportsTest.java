package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The report files the {@code check} goal writes besides the console, and how the failure points to them. */
@MojoTest
class CheckMojoReportsTest extends ScanMojoTestSupport {

    @Test
    @InjectMojo(goal = "check")
    void writesSarifAndCheckstyleByDefault(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);

        mojo.execute();

        assertThat(sample().reportDirectory().resolve("smtp-lint.sarif")).isNotEmptyFile();
        assertThat(sample().reportDirectory().resolve("smtp-lint-checkstyle.xml")).isNotEmptyFile();
        assertThat(sample().reportDirectory().resolve("smtp-lint.json")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif, checkstyle, json")
    @MojoParameter(name = "failOnViolation", value = "false")
    void writesEachRequestedFormatWithTheFindings(CheckMojo mojo) throws Exception {
        Path file = sample().addMainSource(MALFORMED_CODE);

        mojo.execute();

        Path reports = sample().reportDirectory();
        assertThat(reports.resolve("smtp-lint.sarif")).content()
                .contains("\"version\" : \"2.1.0\"")
                .contains("\"ruleId\" : \"UnknownReplyCode\"")
                .contains("\"uri\" : \"src/main/java/com/example/mail/ConnectionLimits.java\"");
        assertThat(reports.resolve("smtp-lint-checkstyle.xml")).content()
                .contains("<file name=\"" + file + "\">")
                .contains("line=\"9\"")
                .contains("severity=\"error\"")
                .contains("source=\"smtp-lint.UnknownReplyCode\"");
        assertThat(reports.resolve("smtp-lint.json")).content()
                .contains("\"file\" : \"src/main/java/com/example/mail/ConnectionLimits.java\"")
                .contains("\"ruleId\" : \"UnknownReplyCode\"");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "json")
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/reports/lint")
    void writesIntoTheConfiguredOutputDirectory(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);

        mojo.execute();

        Path json = sample().buildDirectory().resolve("reports/lint/smtp-lint.json");
        assertThat(json).isNotEmptyFile();
        assertThat(summary()).endsWith("; reports: " + json);
    }

    @Test
    @InjectMojo(goal = "check")
    void theFailureNamesTheSarifReport(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("smtp-lint: 1 finding at or above ERROR (see "
                        + sample().reportDirectory().resolve("smtp-lint.sarif") + ")");
        assertThat(sample().reportDirectory().resolve("smtp-lint.sarif")).isNotEmptyFile();
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "text")
    void withTheConsoleAloneTheFailureNamesNoReport(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("smtp-lint: 1 finding at or above ERROR");
        assertThat(summary()).doesNotContain("reports:");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "json")
    void pathsInReportsAreRelativeToTheTopLevelProject(CheckMojo mojo) throws Exception {
        sample().runFromReactorRoot();
        sample().addMainSource(CLEAN);
        sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(sample().reportDirectory().resolve("smtp-lint.json")).content()
                .contains("\"file\" : \"mail-core/src/main/java/com/example/mail/legacy/ConnectionLimits.java\"");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif")
    void theSarifRunIsNamedAfterTheModule(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);

        mojo.execute();

        assertThat(sample().reportDirectory().resolve("smtp-lint.sarif")).content()
                .contains("\"id\" : \"smtp-lint/mail-core/\"");
    }
}
