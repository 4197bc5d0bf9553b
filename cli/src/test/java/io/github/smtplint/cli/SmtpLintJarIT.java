package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    private static ProcessRun runJar(String... args) throws Exception {
        return runJar(List.of(), args);
    }

    private static ProcessRun runJar(List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
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
