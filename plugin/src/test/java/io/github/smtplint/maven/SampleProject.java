package io.github.smtplint.maven;

import io.github.smtplint.maven.SmtpSources.JavaSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/**
 * A real {@link MavenProject} (built from a {@link Model}, as Maven builds one) in a folder, with the
 * source roots Maven gives a jar module, and a real {@link MavenSession} whose top-level project it is.
 * The tests hand both to the harness with {@code @Provides}; what they write into the source roots is
 * what the goals scan.
 */
final class SampleProject {

    /** The artifactId, which the reports use in their automation id. */
    static final String ARTIFACT_ID = "mail-core";

    final Path basedir;
    final MavenProject project;
    final MavenSession session;

    /** A module {@code mail-core} in {@code reactorRoot/mail-core}, alone in its build. */
    SampleProject(Path reactorRoot) {
        this.basedir = reactorRoot.resolve(ARTIFACT_ID).toAbsolutePath();
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId("com.example");
        model.setArtifactId(ARTIFACT_ID);
        model.setVersion("1.0");
        Build build = new Build();
        build.setDirectory(buildDirectory().toString());
        build.setOutputDirectory(buildDirectory().resolve("classes").toString());
        model.setBuild(build);
        project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.addCompileSourceRoot(mainSources().toString());
        project.addCompileSourceRoot(generatedSources().toString());
        project.addTestCompileSourceRoot(testSources().toString());
        session = sessionOf(List.of(project));
    }

    /** Makes the build one started in the reactor root, so that the module is not the top-level project. */
    void runFromReactorRoot() {
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId("com.example");
        model.setArtifactId("mail");
        model.setVersion("1.0");
        model.setPackaging("pom");
        MavenProject root = new MavenProject(model);
        root.setFile(basedir.getParent().resolve("pom.xml").toFile());
        root.setExecutionRoot(true);
        session.setProjects(List.of(project, root));
    }

    /** Makes the build one started in the module's folder (or with -pl or -f), the module alone in it. */
    void runFromModule() {
        session.setProjects(List.of(project));
    }

    // Deprecated in Maven 3.9 but there since 3.0; the goals use no repository session, so null does.
    @SuppressWarnings("deprecation")
    private static MavenSession sessionOf(List<MavenProject> projects) {
        MavenSession session = new MavenSession(null, null, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        session.setProjects(projects);
        return session;
    }

    Path mainSources() {
        return basedir.resolve("src/main/java");
    }

    Path testSources() {
        return basedir.resolve("src/test/java");
    }

    /** A source root an annotation processor fills, under the build directory. */
    Path generatedSources() {
        return buildDirectory().resolve("generated-sources/annotations");
    }

    Path buildDirectory() {
        return basedir.resolve("target");
    }

    /** Where {@code check} writes its reports by default. */
    Path reportDirectory() {
        return buildDirectory().resolve("smtp-lint");
    }

    File baselineFile() {
        return basedir.resolve("smtp-lint-baseline.json").toFile();
    }

    /** Writes a source in UTF-8 under {@code src/main/java}; returns its absolute path. */
    Path addMainSource(JavaSource source) {
        return addMainSource(source.path(), source);
    }

    /** Writes a source in UTF-8 under {@code src/main/java}, at another path than its own. */
    Path addMainSource(String relativePath, JavaSource source) {
        return write(mainSources().resolve(relativePath), source.text(), StandardCharsets.UTF_8);
    }

    /** Writes a source in {@code charset} under {@code src/main/java}. */
    Path addMainSource(JavaSource source, Charset charset) {
        return write(mainSources().resolve(source.path()), source.text(), charset);
    }

    Path addTestSource(JavaSource source) {
        return write(testSources().resolve(source.path()), source.text(), StandardCharsets.UTF_8);
    }

    Path addGeneratedSource(JavaSource source) {
        return write(generatedSources().resolve(source.path()), source.text(), StandardCharsets.UTF_8);
    }

    void setProperty(String key, String value) {
        project.getProperties().setProperty(key, value);
    }

    private static Path write(Path file, String content, Charset charset) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, charset).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
