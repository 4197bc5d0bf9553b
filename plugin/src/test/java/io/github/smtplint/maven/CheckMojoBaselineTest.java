package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static io.github.smtplint.maven.SmtpSources.UNREGISTERED_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The {@code check} goal with a {@code baseline} file written by the {@code baseline} goal.
 *
 * <p>Harness 3.4.0 injects one goal per test method ({@code @InjectMojo} and {@code @MojoParameter}
 * apply to methods only), so the check is injected and the baseline goal that runs before it is
 * made by hand on the same project; it needs no parameter besides the file.
 */
@MojoTest
class CheckMojoBaselineTest extends ScanMojoTestSupport {

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void passesWhenTheBaselineAcceptsEveryFinding(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNREGISTERED_CODE);
        runTheBaselineGoal();

        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(infos()).contains("smtp-lint: the baseline " + sample().baselineFile() + " accepted 2 findings");
        assertThat(errors()).isEmpty();
        assertThat(warnings()).isEmpty();
        assertThat(summary()).startsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 2 files ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void reportsAndFailsOnFindingsAddedAfterTheBaseline(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        runTheBaselineGoal();
        Path added = sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("smtp-lint: 1 finding at or above ERROR");

        assertThat(infos()).contains("smtp-lint: the baseline " + sample().baselineFile() + " accepted 1 finding");
        assertThat(errors()).singleElement().asString().startsWith(located(added, 9, 41, "UnknownReplyCode"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void namesTheBaselineEntriesThatNoLongerOccur(CheckMojo mojo) throws Exception {
        Path fixed = sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(CLEAN);
        runTheBaselineGoal();
        Files.delete(fixed);

        mojo.execute();

        assertThat(infos())
                .contains("smtp-lint: the baseline " + sample().baselineFile() + " accepted 0 findings")
                .anySatisfy(line -> assertThat(line).startsWith("smtp-lint: 1 baseline entry no longer")
                        .endsWith("; write the baseline again to drop them:"))
                .contains("  src/main/java/com/example/mail/ConnectionLimits.java: UnknownReplyCode 471");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void failsClearlyWhenTheBaselineFileIsMissing(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: the baseline " + sample().baselineFile() + " does not exist;"
                        + " write it with the baseline goal or command, or remove the baseline setting");
        assertThat(errors()).as("nothing is scanned").isEmpty();
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void failsClearlyWhenTheBaselineFileIsNotJson(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        Files.createDirectories(sample().basedir);
        Files.writeString(sample().baselineFile().toPath(), "<<<<<<< HEAD\n");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("smtp-lint: the baseline " + sample().baselineFile()
                        + " is not a valid baseline file: ")
                .hasMessageEndingWith("(line 1)");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void failsClearlyWhenTheBaselineHasAnotherFormatVersion(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        Files.createDirectories(sample().basedir);
        Files.writeString(sample().baselineFile().toPath(), "{\"formatVersion\": 2, \"findings\": []}\n");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: the baseline " + sample().baselineFile() + " has format version 2;"
                        + " this smtp-lint reads version 1. Write it again with the baseline goal or command.");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void failsClearlyWhenABaselineEntryIsIncomplete(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        Files.createDirectories(sample().basedir);
        Files.writeString(sample().baselineFile().toPath(),
                "{\"formatVersion\": 1, \"findings\": [{\"ruleId\": \"UnknownReplyCode\"}]}\n");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: the baseline " + sample().baselineFile() + " has an incomplete entry"
                        + " (number 1): each needs ruleId, file, code and line");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void aBaselineWrittenFromTheReactorRootServesABuildOfTheModuleAlone(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        sample().runFromReactorRoot();
        runTheBaselineGoal();
        sample().runFromModule();

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(infos()).contains("smtp-lint: the baseline " + sample().baselineFile() + " accepted 1 finding");
    }

    /** What {@code mvn smtp-lint:baseline} does with the default file, on the same project and session. */
    private void runTheBaselineGoal() throws MojoExecutionException {
        BaselineMojo goal = new BaselineMojo();
        goal.project = sample().project;
        goal.session = sample().session;
        goal.baseline = sample().baselineFile();
        goal.setLog(new RecordingLog());
        goal.execute();
        assertThat(sample().baselineFile()).exists();
    }
}
