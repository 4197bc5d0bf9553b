package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as users do, {@code java -jar smtp-lint.jar ...}, in its own process. */
class SmtpLintJarIT {
    private static Path jar;

    @BeforeAll
    static void findJar() {
        String location = System.getProperty("smtp-lint.jar");
        assertThat(location).as("system property smtp-lint.jar, set by failsafe").isNotBlank();
        jar = Path.of(location);
        assertThat(jar).isRegularFile();
    }

    @Test
    void explainsARegisteredCode() throws Exception {
        ProcessRun run = runJar("explain", "221");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("221: positive completion").contains("reply to: QUIT (success)");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void malformedCodeExitsOne() throws Exception {
        ProcessRun run = runJar("explain", "6.1.1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).contains("6.1.1: malformed");
    }

    @Test
    void catalogIsUtf8WhateverThePlatformCharset() throws Exception {
        // With a Latin-1 default, output through the default charset would turn "§" into one byte, not UTF-8's two.
        ProcessRun run = runJar(List.of("-Dfile.encoding=ISO-8859-1"), "catalog", "--format", "tsv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("# smtp-lint catalog").contains("reply\t221\t").contains("RFC 5321 §4.2.3");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void helpExitsZero() throws Exception {
        ProcessRun run = runJar("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("Usage: smtp-lint").contains("explain").contains("catalog");
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        ProcessRun run = runJar("explain");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("Missing required parameter");
    }

    @Test
    void checkShowsPathsRelativeToTheWorkingFolderAndExitsByFindings(@TempDir Path project) throws Exception {
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
        Files.writeString(sources.resolve("Client.java"), CheckCommandTest.CLIENT);
        ProcessRun run = runJarIn(project, List.of(), "check", "src", "--format", "text",
                "--format", "sarif", "--output", "smtp-lint.sarif");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.stdout()).startsWith("src/main/java/com/example/Client.java:9:41: error UnknownReplyCode: 471");
        assertThat(run.stderr()).as("no progress line when stderr is not a terminal").isEmpty();
        assertThat(Files.readString(project.resolve("smtp-lint.sarif")))
                .contains("\"uri\" : \"src/main/java/com/example/Client.java\"")
                .contains("\"uriBaseId\" : \"%SRCROOT%\"");

        Files.writeString(sources.resolve("Client.java"), CheckCommandTest.CLEAN);
        assertThat(runJarIn(project, List.of(), "check", "src").exitCode()).isEqualTo(ExitCodes.OK);
        ProcessRun missing = runJarIn(project, List.of(), "check", "source");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.stderr()).contains("source path source does not exist");
    }

    private static ProcessRun runJar(String... args) throws Exception {
        return runJar(List.of(), args);
    }

    private static ProcessRun runJar(List<String> jvmOptions, String... args) throws Exception {
        return runJarIn(Path.of("").toAbsolutePath(), jvmOptions, args);
    }

    private static ProcessRun runJarIn(Path workingFolder, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingFolder.toFile()).start();
        // Read both streams at once: a full, unread pipe would block the child.
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> utf8(process.getErrorStream()));
        String stdout = utf8(process.getInputStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("smtp-lint finished within 60 s").isTrue();
        return new ProcessRun(process.exitValue(), stdout, stderr.get());
    }

    private static String utf8(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ProcessRun(int exitCode, String stdout, String stderr) {
    }
}
