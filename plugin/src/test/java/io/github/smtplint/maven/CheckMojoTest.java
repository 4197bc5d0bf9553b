package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static io.github.smtplint.maven.SmtpSources.OBSOLETE_CODE;
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
 * The {@code check} goal as Maven configures it: what it logs, when it fails the build, and how it
 * rejects parameters it cannot use. Which files it reads is in {@link CheckMojoSourcesTest}, the
 * report files in {@link CheckMojoReportsTest}.
 */
@MojoTest
class CheckMojoTest extends ScanMojoTestSupport {

    /** Rule settings can only be given as XML elements, so these tests configure the goal with a POM. */
    private static final String RULE_TURNED_OFF = """
            <project>
              <build><plugins><plugin>
                <artifactId>smtp-lint-maven-plugin</artifactId>
                <configuration>
                  <rules><UnknownReplyCode>OFF</UnknownReplyCode></rules>
                </configuration>
              </plugin></plugins></build>
            </project>
            """;

    private static final String RULE_LOWERED_TO_WARNING = """
            <project>
              <build><plugins><plugin>
                <artifactId>smtp-lint-maven-plugin</artifactId>
                <configuration>
                  <rules><UnknownReplyCode>warning</UnknownReplyCode></rules>
                </configuration>
              </plugin></plugins></build>
            </project>
            """;

    // --- what the console shows ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void logsEachFindingAtTheLevelOfItsSeverityInTheFormIdesLink(CheckMojo mojo) throws Exception {
        Path error = sample().addMainSource(MALFORMED_CODE);
        Path warning = sample().addMainSource(UNREGISTERED_CODE);
        Path info = sample().addMainSource(OBSOLETE_CODE);

        mojo.execute();

        assertThat(errors()).singleElement().asString()
                .startsWith(located(error, 9, 41, "UnknownReplyCode") + "471 is not an SMTP reply code");
        assertThat(warnings()).singleElement().asString()
                .startsWith(located(warning, 9, 41, "UnknownReplyCode") + "431 is not registered");
        assertThat(infos()).anySatisfy(line -> assertThat(line)
                .startsWith(located(info, 4, 47, "ObsoleteReplyCode") + "538 is deprecated"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void endsWithASummaryOfTheCountsAndTheReports(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNREGISTERED_CODE);
        sample().addMainSource(OBSOLETE_CODE);

        mojo.execute();

        assertThat(infos()).last().isEqualTo(summary());
        assertThat(summary()).matches("smtp-lint: 1 error, 1 warning, 1 info in 3 files \\(\\d+ parsed, \\d+ ms\\); reports: .*")
                .endsWith("; reports: " + sample().reportDirectory().resolve("smtp-lint.sarif") + ", "
                        + sample().reportDirectory().resolve("smtp-lint-checkstyle.xml"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "text")
    void summarisesACleanProjectInThePlural(CheckMojo mojo) throws Exception {
        sample().addMainSource(CLEAN);

        mojo.execute();

        assertThat(summary()).matches("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file \\(\\d+ parsed, \\d+ ms\\)");
        assertThat(errors()).isEmpty();
        assertThat(warnings()).isEmpty();
    }

    // --- the facts cache ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aSecondBuildTakesTheFactsOfUnchangedFilesFromTheCache(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource(UNREGISTERED_CODE);

        mojo.execute();
        String first = summary();
        mojo.execute();

        assertThat(first).contains(" in 2 files (2 parsed, ");
        assertThat(summary()).startsWith("smtp-lint: 1 error, 1 warning, 0 infos in 2 files (0 parsed, ");
        assertThat(sample().reportDirectory().resolve("cache")).isDirectoryContaining("glob:**/facts.json");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "cache", value = "false")
    void withTheCacheOffEveryBuildParses(CheckMojo mojo) throws Exception {
        sample().addMainSource(MALFORMED_CODE);

        mojo.execute();
        mojo.execute();

        assertThat(summary()).contains(" in 1 file (1 parsed, ");
        assertThat(sample().reportDirectory().resolve("cache")).doesNotExist();
    }

    // --- when the build fails ---

    @Test
    @InjectMojo(goal = "check")
    void failsTheBuildOnAnError(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("smtp-lint: 1 finding at or above ERROR");
        assertThat(errors()).hasSize(1);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void onlyReportsWhenFailOnViolationIsFalse(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(errors()).hasSize(1);
    }

    @Test
    @InjectMojo(goal = "check")
    void passesOnWarningsByDefault(CheckMojo mojo) {
        sample().addMainSource(UNREGISTERED_CODE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(warnings()).hasSize(1);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "WARNING")
    void failsOnAWarningWhenFailOnSeverityIsWarning(CheckMojo mojo) {
        sample().addMainSource(UNREGISTERED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("smtp-lint: 1 finding at or above WARNING");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "info")
    void readsTheSeverityWordInAnyCase(CheckMojo mojo) {
        sample().addMainSource(OBSOLETE_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("smtp-lint: 1 finding at or above INFO");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "2")
    void toleratesUpToMaxAllowedViolations(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(errors()).hasSize(2);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void failsWhenTheFindingsExceedMaxAllowedViolations(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);
        sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("smtp-lint: 2 findings at or above ERROR");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipReadsNothingAndSaysSo(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(infos()).containsExactly("smtp-lint: skipped");
        assertThat(errors()).isEmpty();
        assertThat(sample().reportDirectory()).doesNotExist();
    }

    // --- rule settings ---

    @Test
    @InjectMojo(goal = "check", pom = RULE_TURNED_OFF)
    void aRuleTurnedOffReportsNothing(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(errors()).isEmpty();
        assertThat(summary()).startsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file");
    }

    @Test
    @InjectMojo(goal = "check", pom = RULE_LOWERED_TO_WARNING)
    void aRuleLevelChangesTheSeverityOfItsFindings(CheckMojo mojo) {
        Path file = sample().addMainSource(MALFORMED_CODE);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(errors()).isEmpty();
        assertThat(warnings()).singleElement().asString().startsWith(located(file, 9, 41, "UnknownReplyCode"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "catalogExtension", value = "${project.basedir}/vendor-codes.tsv")
    void aCatalogExtensionDeclaresVendorCodes(CheckMojo mojo) throws Exception {
        sample().addMainSource(UNREGISTERED_CODE);
        Files.createDirectories(sample().basedir);
        Files.writeString(sample().basedir.resolve("vendor-codes.tsv"),
                "reply\t431\tAcme: appliance refuses the greeting\tAcme MTA manual §7\n");

        mojo.execute();

        assertThat(warnings()).isEmpty();
        assertThat(summary()).startsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file ");
    }

    // --- parameters the goal cannot use ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,html")
    void rejectsAnUnknownFormat(CheckMojo mojo) {
        sample().addMainSource(MALFORMED_CODE);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: formats has 'html'; use sarif, checkstyle, json"
                        + " (the console text is always written)");
        assertThat(sample().reportDirectory()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "catalogExtension", value = "${project.basedir}/vendor-codes.tsv")
    void rejectsACatalogExtensionThatCannotBeRead(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: the catalog extension " + sample().basedir.resolve("vendor-codes.tsv")
                        + " does not exist; give the path of a tab-separated file of vendor codes");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "threads", value = "1")
    @MojoParameter(name = "failOnViolation", value = "false")
    void findsTheSameWithOneThread(CheckMojo mojo) throws Exception {
        Path first = sample().addMainSource(MALFORMED_CODE);
        Path second = sample().addMainSource("com/example/mail/legacy/ConnectionLimits.java", MALFORMED_CODE);

        mojo.execute();

        assertThat(errors()).hasSize(2);
        assertThat(errors().get(0)).startsWith(located(first, 9, 41, "UnknownReplyCode"));
        assertThat(errors().get(1)).startsWith(located(second, 9, 41, "UnknownReplyCode"));
    }

    // --- known bugs: enable these once the goal is fixed ---

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "-1")
    void rejectsANegativeMaxAllowedViolations(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("maxAllowedViolations is -1");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,")
    void passesOverAnEmptyFormatEntry(CheckMojo mojo) {
        sample().addMainSource(CLEAN);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(sample().reportDirectory().resolve("smtp-lint.sarif")).exists();
    }
}
