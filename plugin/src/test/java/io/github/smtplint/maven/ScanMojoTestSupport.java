package io.github.smtplint.maven;

import io.github.smtplint.maven.RecordingLog.Level;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the goals that scan a project share: a {@link SampleProject} in a temporary
 * folder, which the harness injects as {@code ${project}} and {@code ${session}} (so parameter
 * defaults such as {@code ${project.build.directory}/smtp-lint} resolve against it), and a log that
 * keeps what the goal told the user.
 */
abstract class ScanMojoTestSupport {

    @TempDir
    Path reactorRoot;

    final RecordingLog log = new RecordingLog();

    private SampleProject sample;

    @Provides
    Log recordingLog() {
        return log;
    }

    @Provides
    MavenProject mavenProject() {
        return sample().project;
    }

    @Provides
    MavenSession mavenSession() {
        return sample().session;
    }

    /**
     * The project, made on first use: the harness asks for it before any {@code @BeforeEach} method
     * runs, but after JUnit has set the {@code @TempDir}.
     */
    SampleProject sample() {
        if (sample == null) {
            sample = new SampleProject(reactorRoot);
            configure(sample);
        }
        return sample;
    }

    /** Settings the project needs before the goal is configured, such as properties that parameter defaults read. */
    void configure(SampleProject project) {
    }

    List<String> errors() {
        return log.messagesAt(Level.ERROR);
    }

    List<String> warnings() {
        return log.messagesAt(Level.WARN);
    }

    List<String> infos() {
        return log.messagesAt(Level.INFO);
    }

    /** The line {@code check} ends with: "smtp-lint: 1 error, 0 warnings, 0 infos in 1 file (12 ms)...". */
    String summary() {
        return infos().stream().filter(line -> line.matches("smtp-lint: \\d+ errors?, .*")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no summary line among " + infos()));
    }

    /** The form IDEs link, which {@code check} logs each finding in: {@code /abs/File.java:[line,col] RuleId: }. */
    static String located(Path file, int line, int column, String ruleId) {
        return file + ":[" + line + "," + column + "] " + ruleId + ": ";
    }
}
