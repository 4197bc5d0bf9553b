package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.ACCENTED_COMMENT;
import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static io.github.smtplint.maven.SmtpSources.RECORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Which files the {@code check} goal reads and how: the project's source roots, the include and
 * exclude globs, the encoding and the Java language level. Every test runs with
 * {@code failOnViolation=false} and {@code formats=text} so that it can read the findings from the log.
 */
@MojoTest
class CheckMojoSourcesTest extends ScanMojoTestSupport {

    // --- source roots ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void readsTheMainSourcesButNotTheTestSourcesByDefault(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);
        sample().addTestSource(MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).isEmpty();
        assertThat(summary()).contains(" in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "includeTests", value = "true")
    void includeTestsAddsTheTestSourceRoots(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);
        Path test = sample().addTestSource(MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).singleElement().asString().startsWith(located(test, 9, 41, "UnknownReplyCode"));
        assertThat(summary()).contains(" in 2 files ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void leavesOutGeneratedSourceRootsUnderTheBuildDirectory(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);
        sample().addGeneratedSource(MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).isEmpty();
        assertThat(summary()).contains(" in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "includeGeneratedSources", value = "true")
    void includeGeneratedSourcesReadsThemToo(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);
        Path generated = sample().addGeneratedSource(MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).singleElement().asString().startsWith(located(generated, 9, 41, "UnknownReplyCode"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void aSourceRootThatDoesNotExistIsPassedOver(CheckMojo mojo) throws Exception {
        sample().project.addCompileSourceRoot(sample().basedir.resolve("src/main/kotlin").toString());
        sample().addMainSource(CLEAN);

        mojo.execute();

        assertThat(summary()).contains(" in 1 file ");
    }

    // --- globs ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "excludes", value = "**/legacy/**")
    void excludesLeaveMatchingFilesOut(CheckMojo mojo) throws Exception {
        Path kept = sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).singleElement().asString().startsWith(located(kept, 9, 41, "UnknownReplyCode"));
        assertThat(summary()).contains(" in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "includes", value = "**/legacy/*.java")
    void includesChooseTheFilesToRead(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        Path chosen = sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).singleElement().asString().startsWith(located(chosen, 9, 41, "UnknownReplyCode"));
        assertThat(summary()).contains(" in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "excludes", value = "**/[legacy/**")
    void rejectsAGlobThatIsNotValid(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("smtp-lint: excludes has the glob '**/[legacy/**', which is not valid");
    }

    // --- encoding ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void readsUtf8WhenNoEncodingIsSet(CheckMojo mojo) throws Exception {
        sample().addMainSource(ACCENTED_COMMENT, StandardCharsets.UTF_8);

        mojo.execute();

        assertThat(errors()).isEmpty();
        assertThat(summary()).startsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void reportsAFileWrittenInAnotherEncodingThanTheOneSet(CheckMojo mojo) throws Exception {
        Path latin1 = sample().addMainSource(ACCENTED_COMMENT, StandardCharsets.ISO_8859_1);

        mojo.execute();

        assertThat(errors()).containsExactly(located(latin1, 1, 1, "ParseError")
                + "cannot read the file as UTF-8: set the source encoding to the one the file is written in");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "encoding", value = "ISO-8859-1")
    void readsTheConfiguredEncoding(CheckMojo mojo) throws Exception {
        sample().addMainSource(ACCENTED_COMMENT, StandardCharsets.ISO_8859_1);

        mojo.execute();

        assertThat(errors()).isEmpty();
        assertThat(summary()).startsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "encoding", value = "UTF-9")
    void rejectsAnEncodingJavaDoesNotKnow(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: encoding 'UTF-9' is not a charset this Java knows;"
                        + " use a name such as UTF-8 or ISO-8859-1");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "encoding", value = "Latin 1")
    void rejectsAnEncodingNameThatIsNotLegal(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("smtp-lint: encoding 'Latin 1' is not a charset this Java knows");
    }

    // --- language level ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void readsTheNewestJavaWhenTheProjectSetsNoRelease(CheckMojo mojo) throws Exception {
        sample().addMainSource(RECORD);

        mojo.execute();

        assertThat(errors()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void theLanguageLevelDefaultsToMavenCompilerRelease(CheckMojo mojo) throws Exception {
        sample().setProperty("maven.compiler.release", "8");
        Path file = sample().addMainSource(RECORD);

        mojo.execute();

        assertThat(errors()).singleElement().asString()
                .startsWith(file + ":[3,")
                .contains(" ParseError: cannot parse the file as Java 8: ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    void theLanguageLevelFallsBackToMavenCompilerSource(CheckMojo mojo) throws Exception {
        sample().setProperty("maven.compiler.source", "1.8");
        sample().addMainSource(RECORD);

        mojo.execute();

        assertThat(errors()).singleElement().asString().contains(" ParseError: cannot parse the file as Java 8: ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "languageLevel", value = "17")
    void theLanguageLevelParameterWinsOverTheProjectProperties(CheckMojo mojo) throws Exception {
        sample().setProperty("maven.compiler.release", "8");
        sample().addMainSource(RECORD);

        mojo.execute();

        assertThat(errors()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "languageLevel", value = "seventeen")
    void rejectsALanguageLevelItCannotRead(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("smtp-lint: language level 'seventeen' is not one smtp-lint can read;"
                        + " use one of ")
                .hasMessageContaining("17")
                .hasMessageEndingWith(" or newest");
    }

    // --- known bugs: enable these once the goal is fixed ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "excludes", value = "**/legacy/**,,**/generated/**")
    void passesOverAnEmptyExcludeEntry(CheckMojo mojo) throws Exception {
        Path kept = sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).singleElement().asString().startsWith(located(kept, 9, 41, "UnknownReplyCode"));
    }
}
