package io.github.smtplint.maven;

import io.github.smtplint.baseline.Baseline;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.ScanResult;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the project's current findings to a baseline file, so that {@code check} with
 * {@code baseline} reports only findings added later: how a team adopts smtp-lint on a legacy code
 * base without fixing everything first.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractScanMojo {

    /** The baseline file to write. */
    @Parameter(property = "smtp-lint.baseline", defaultValue = "${project.basedir}/" + Baseline.DEFAULT_FILE)
    File baseline;

    @Override
    public void execute() throws MojoExecutionException {
        Engine engine = new Engine();
        ScanResult result = scan(engine);
        try {
            Baseline.of(result.findings(), baselineContext(engine)).write(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("smtp-lint: cannot write the baseline " + baseline + ": " + e.getMessage());
        }
        getLog().info("smtp-lint: wrote " + Plural.of(result.findings().size(), "finding") + " of "
                + Plural.of(result.filesScanned(), "file") + " to " + baseline);
    }
}
