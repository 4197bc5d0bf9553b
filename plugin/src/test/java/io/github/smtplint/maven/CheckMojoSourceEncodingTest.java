package io.github.smtplint.maven;

import static io.github.smtplint.maven.SmtpSources.ACCENTED_COMMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/**
 * The {@code encoding} parameter defaults to {@code ${project.build.sourceEncoding}}. The harness
 * resolves that default when it injects the goal, before a test method runs, so the property is set
 * on the project here, as it is in a POM, rather than in the tests.
 */
@MojoTest
class CheckMojoSourceEncodingTest extends ScanMojoTestSupport {

    @Override
    void configure(SampleProject project) {
        project.setProperty("project.build.sourceEncoding", "ISO-8859-1");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "text")
    void readsTheProjectSourceEncoding(CheckMojo mojo) throws Exception {
        sample().addMainSource(ACCENTED_COMMENT, StandardCharsets.ISO_8859_1);

        mojo.execute();

        assertThat(errors()).isEmpty();
        assertThat(summary()).startsWith("smtp-lint: 0 errors, 0 warnings, 0 infos in 1 file ");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "text")
    @MojoParameter(name = "failOnViolation", value = "false")
    @MojoParameter(name = "encoding", value = "UTF-8")
    void theEncodingParameterWinsOverTheProjectSourceEncoding(CheckMojo mojo) throws Exception {
        Path file = sample().addMainSource(ACCENTED_COMMENT, StandardCharsets.ISO_8859_1);

        mojo.execute();

        assertThat(errors()).singleElement().asString()
                .startsWith(located(file, 1, 1, "ParseError") + "cannot read the file as UTF-8");
    }
}
