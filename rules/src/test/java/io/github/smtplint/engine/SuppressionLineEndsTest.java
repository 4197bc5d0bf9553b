package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A suppression comment on a line of its own covers the next line, whichever line breaks the file uses. */
class SuppressionLineEndsTest {
    private static final String CLIENT = String.join("\n",
            "package com.example.mail;",
            "",
            "import org.apache.commons.net.smtp.SMTPClient;",
            "",
            "class Client {",
            "    private final SMTPClient client = new SMTPClient();",
            "",
            "    boolean throttled() {",
            "        // smtp-lint:ignore UnknownReplyCode",
            "        return client.getReplyCode() == 471;",
            "    }",
            "",
            "    boolean busy() {",
            "        return client.getReplyCode() == 471; // smtp-lint:ignore UnknownReplyCode",
            "    }",
            "",
            "    boolean reported() {",
            "        return client.getReplyCode() == 471;",
            "    }",
            "}",
            "");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void onlyTheUnsuppressedLineIsReported(String lineBreak) throws Exception {
        Path file = Files.writeString(folder.resolve("Client.java"), CLIENT.replace("\n", lineBreak));

        List<Finding> findings = new Engine().scan(List.of(file), EngineConfig.defaults()).findings();

        assertThat(findings).extracting(Finding::ruleId, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UnknownReplyCode", 18));
    }
}
