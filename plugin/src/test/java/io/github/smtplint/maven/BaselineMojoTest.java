package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static io.github.smtplint.maven.SmtpSources.UNREGISTERED_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The {@code baseline} goal: it writes the project's current findings to a file, whatever their
 * severity, and takes the same parameters as {@code check} for what to read. How {@code check} uses
 * the file is in {@link CheckMojoBaselineTest}.
 */
@MojoTest
class BaselineMojoTest extends ScanMojoTestSupport {

    @Test
    @InjectMojo(goal = "baseline")
    void writesEveryFindingToTheBaselineFileInTheProjectFolder(BaselineMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNREGISTERED_CODE);

        mojo.execute();

        Path baseline = sample().baselineFile().toPath();
        assertThat(baseline).content()
                .contains("\"formatVersion\" : 1")
                .contains("\"file\" : \"src/main/java/com/example/mail/ConnectionLimits.java\"")
                .contains("\"file\" : \"src/main/java/com/example/mail/GreetingChecks.java\"")
                .contains("\"ruleId\" : \"UnknownReplyCode\"")
                .contains("\"code\" : \"471\"")
                .contains("\"code\" : \"431\"");
        assertThat(infos()).containsExactly("smtp-lint: wrote 2 findings of 2 files to " + baseline);
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "baseline", value = "${project.basedir}/config/smtp-lint/accepted.json")
    void writesToTheConfiguredFileCreatingItsFolder(BaselineMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(CLEAN);

        mojo.execute();

        assertThat(sample().basedir.resolve("config/smtp-lint/accepted.json")).content().contains("\"code\" : \"471\"");
        assertThat(sample().baselineFile()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "includeTests", value = "true")
    void readsWhatCheckWouldRead(BaselineMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);
        sample().addTestSource(MALFORMED_CODE);

        mojo.execute();

        assertThat(sample().baselineFile()).content()
                .contains("\"file\" : \"src/test/java/com/example/mail/ConnectionLimits.java\"");
    }

    @Test
    @InjectMojo(goal = "baseline")
    void writesAnEmptyBaselineForACleanProject(BaselineMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);

        mojo.execute();

        assertThat(sample().baselineFile()).content().contains("\"findings\" : [ ]");
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "threads", value = "-2")
    void rejectsTheSameBadParametersAsCheck(BaselineMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: threads is -2; give 0 (one per processor) or a positive number");
        assertThat(sample().baselineFile()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "baseline", value = "${project.basedir}/config/smtp-lint-baseline.json")
    void saysWhenTheBaselineCannotBeWritten(BaselineMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);
        Files.writeString(sample().basedir.resolve("config"), "a file where the baseline's folder should be");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("smtp-lint: cannot write the baseline "
                        + sample().basedir.resolve("config/smtp-lint-baseline.json") + ": ");
    }
}
