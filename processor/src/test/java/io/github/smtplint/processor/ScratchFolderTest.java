package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources the processor writes for the engine are gone once the compile is. */
class ScratchFolderTest {
    /** A constant the sources do not declare: the background scan asks javac's thread for it. */
    private static final String NAMES_A_LIBRARY_CONSTANT = """
            package com.example.mail;

            import java.nio.charset.StandardCharsets;
            import org.apache.commons.net.smtp.SMTPClient;

            class Sender {
                private final SMTPClient client = new SMTPClient();

                byte[] body(String text) {
                    return text.getBytes(StandardCharsets.UTF_8);
                }

                boolean outOfMemory() {
                    return client.getReplyCode() == 431;
                }
            }
            """;

    @TempDir
    Path classes;

    @Test
    void aScanThatAsksNothingLeavesNothingBehind() throws Exception {
        Set<Path> before = scratchFolders();

        JavacRun.Result result = new JavacRun().source(SmtpLintProcessorTest.OUT_OF_MEMORY_ONLY)
                .classesTo(classes).compileWith(new SmtpLintProcessor());

        assertThat(result.findings()).containsExactly("MANDATORY_WARNING 9:41 UnknownReplyCode");
        assertThat(scratchFolders()).isSubsetOf(before);
    }

    @Test
    void aScanThatAsksTheCompilerLeavesNothingBehind() throws Exception {
        Set<Path> before = scratchFolders();

        JavacRun.Result result = new JavacRun().source(NAMES_A_LIBRARY_CONSTANT).classesTo(classes)
                .compileWith(new SmtpLintProcessor());

        assertThat(result.findings()).containsExactly("MANDATORY_WARNING 14:41 UnknownReplyCode");
        assertThat(scratchFolders()).isSubsetOf(before);
    }

    private static Set<Path> scratchFolders() throws IOException {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temporary.filter(path -> path.getFileName().toString().startsWith("smtp-lint-processor-"))
                    .collect(Collectors.toSet());
        }
    }
}
