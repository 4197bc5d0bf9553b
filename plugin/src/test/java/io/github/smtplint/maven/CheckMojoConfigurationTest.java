package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.CLEAN;
import static io.github.smtplint.maven.SmtpSources.MALFORMED_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtplint.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Parameters the {@code check} goal cannot use: each fails the build with a message that names the
 * parameter, the bad value and what is accepted, and leaves the report of the previous build as it was.
 */
@MojoTest
class CheckMojoConfigurationTest extends ScanMojoTestSupport {
    private static final String PREVIOUS_REPORT = "{ \"the\" : \"previous report\" }\n";

    /** Rule settings can only be given as XML elements, so these tests configure the goal with a POM. */
    private static final String UNKNOWN_RULE_ID = """
            <project>
              <build><plugins><plugin>
                <artifactId>smtp-lint-maven-plugin</artifactId>
                <configuration>
                  <rules><UnknownReplyCodes>OFF</UnknownReplyCodes></rules>
                </configuration>
              </plugin></plugins></build>
            </project>
            """;

    private static final String UNKNOWN_RULE_LEVEL = """
            <project>
              <build><plugins><plugin>
                <artifactId>smtp-lint-maven-plugin</artifactId>
                <configuration>
                  <rules><UnknownReplyCode>LOUD</UnknownReplyCode></rules>
                </configuration>
              </plugin></plugins></build>
            </project>
            """;

    private static final String BAD_INCLUDE_GLOB = """
            <project>
              <build><plugins><plugin>
                <artifactId>smtp-lint-maven-plugin</artifactId>
                <configuration>
                  <includes><include>**/*.{java</include></includes>
                </configuration>
              </plugin></plugins></build>
            </project>
            """;

    @Test
    @InjectMojo(goal = "check", pom = UNKNOWN_RULE_ID)
    void anUnknownRuleId(CheckMojo mojo) throws IOException {
        assertRejected(mojo, "smtp-lint: rules has the unknown rule id 'UnknownReplyCodes'; the rule ids are: "
                + String.join(", ", new Engine().ruleIds()));
    }

    @Test
    @InjectMojo(goal = "check", pom = UNKNOWN_RULE_LEVEL)
    void anUnknownRuleLevel(CheckMojo mojo) throws IOException {
        assertRejected(mojo, "smtp-lint: rules has 'LOUD' for UnknownReplyCode; use OFF, INFO, WARNING or ERROR");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "FATAL")
    void anUnknownFailOnSeverity(CheckMojo mojo) throws IOException {
        assertRejected(mojo, "smtp-lint: failOnSeverity is 'FATAL'; use ERROR, WARNING or INFO");
    }

    @Test
    @InjectMojo(goal = "check", pom = BAD_INCLUDE_GLOB)
    void aGlobThatIsNotValid(CheckMojo mojo) throws IOException {
        assertRejectedStartingWith(mojo, "smtp-lint: includes has the glob '**/*.{java', which is not valid: ")
                .endsWith("; write globs like **/*.java or **/generated/**");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/smtp-lint-baseline.json")
    void aMalformedBaselineNamingTheLine(CheckMojo mojo) throws IOException {
        Files.createDirectories(sample().basedir);
        Files.writeString(sample().baselineFile().toPath(), "{\n  \"formatVersion\": 1,\n  \"findings\": [\n"
                + "<<<<<<< HEAD\n  ]\n}\n");
        assertRejectedStartingWith(mojo, "smtp-lint: the baseline " + sample().baselineFile()
                + " is not a valid baseline file: ")
                .endsWith("(line 4)");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "threads", value = "-2")
    void aNegativeThreadCount(CheckMojo mojo) throws IOException {
        assertRejected(mojo, "smtp-lint: threads is -2; give 0 (one per processor) or a positive number");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/build.log/smtp-lint")
    void anOutputDirectoryThatCannotBeCreated(CheckMojo mojo) throws IOException {
        Path blocker = sample().basedir.resolve("build.log");
        Files.createDirectories(sample().basedir);
        Files.writeString(blocker, "a file where the folder should go\n");
        assertRejected(mojo, "smtp-lint: outputDirectory " + blocker.resolve("smtp-lint") + " cannot take the reports: "
                + "Not a directory (" + blocker.resolve("smtp-lint") + "); give outputDirectory a folder the build can create"
                + " and write to, or set formats to text for the console alone");
        assertThat(blocker).hasContent("a file where the folder should go");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,checkstyle")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aReportThatCannotBeReplacedLeavesThePreviousReports(CheckMojo mojo) throws IOException {
        sample().addMainSource(MALFORMED_CODE);
        Path checkstyle = previousReport("smtp-lint-checkstyle.xml");
        Path sarif = Files.createDirectories(sample().reportDirectory().resolve("smtp-lint.sarif"));
        Files.writeString(sarif.resolve("keep"), "a folder where the report should go\n");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("smtp-lint: outputDirectory " + sample().reportDirectory() + " cannot take the reports: "
                        + sarif + " is in the way; give outputDirectory a folder the build can create and write to,"
                        + " or set formats to text for the console alone");
        assertThat(checkstyle).hasContent(PREVIOUS_REPORT.strip());
        try (var left = Files.list(sample().reportDirectory())) {
            assertThat(left).as("no temporary file is left behind").containsExactlyInAnyOrder(sarif, checkstyle);
        }
    }

    private void assertRejected(CheckMojo mojo, String message) throws IOException {
        assertRejectedStartingWith(mojo, message).isEqualTo(message);
    }

    private org.assertj.core.api.AbstractStringAssert<?> assertRejectedStartingWith(CheckMojo mojo, String start)
            throws IOException {
        sample().addMainSource(CLEAN);
        Path report = previousReport("smtp-lint.sarif");
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(mojo::execute);
        assertThat(thrown).isInstanceOf(MojoExecutionException.class).hasMessageStartingWith(start);
        assertThat(report).as("the previous report").hasContent(PREVIOUS_REPORT.strip());
        assertThat(infos()).as("nothing is scanned or summarised").noneMatch(line -> line.matches("smtp-lint: \\d+ errors?, .*"));
        return assertThat(thrown.getMessage());
    }

    private Path previousReport(String name) throws IOException {
        Path report = sample().reportDirectory().resolve(name);
        Files.createDirectories(report.getParent());
        return Files.writeString(report, PREVIOUS_REPORT);
    }
}
