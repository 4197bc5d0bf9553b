package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.smtplint.facts.Value;
import io.github.smtplint.resolve.ExternalConstants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constants the scanned sources use but do not declare, answered by the front door (the javac processor). */
class ExternalConstantsTest {
    private static final String CLIENT = """
            package com.example.mail;

            import com.example.codes.Codes;
            import org.apache.commons.net.smtp.SMTPClient;

            class Client {
                private final SMTPClient client = new SMTPClient();

                void close() throws java.io.IOException {
                    client.quit();
                    if (client.getReplyCode() == Codes.CLOSING) {
                        throw new IllegalStateException("server closed the connection");
                    }
                }
            }
            """;

    private final Engine engine = new Engine();
    private final List<String> asked = new ArrayList<>();

    @TempDir
    Path folder;

    @Test
    void aConstantDeclaredOutsideTheSourcesResolvesThroughTheFrontDoor() throws Exception {
        write("Client.java", CLIENT);
        assertThat(scan(ExternalConstants.NONE)).isEmpty();

        List<Finding> findings = scan(answering(Map.of("com.example.codes.Codes.CLOSING", 221)));
        assertThat(findings).extracting(Finding::ruleId, Finding::line, Finding::column)
                .containsExactly(tuple("SuccessTreatedAsFailure", 11, 38));
        assertThat(findings.get(0).message()).contains("221");
        assertThat(asked).contains("com.example.codes.Codes.CLOSING");
    }

    @Test
    void aConstantTheSourcesDeclareIsNeverAskedFor() throws Exception {
        write("Client.java", CLIENT);
        Files.createDirectories(folder.resolve("codes"));
        Files.writeString(folder.resolve("codes/Codes.java"),
                "package com.example.codes;\npublic final class Codes {\n    public static final int CLOSING = 221;\n}\n");
        ExternalConstants disagreeing = answering(Map.of("com.example.codes.Codes.CLOSING", 250));
        List<Finding> findings = scan(disagreeing);
        assertThat(findings).extracting(Finding::ruleId).containsExactly("SuccessTreatedAsFailure");
        assertThat(findings.get(0).message()).contains("221");
        // With the pre-filter, Codes.java is parsed only once Client.java leads to it, and the name may be
        // asked for before; parsing every file at once, it never is.
        asked.clear();
        engine.scan(List.of(folder), EngineConfig.defaults().withPrefilter(false).withExternalConstants(disagreeing));
        assertThat(asked).doesNotContain("com.example.codes.Codes.CLOSING");
    }

    @Test
    void eachNameIsAskedForOnce() throws Exception {
        write("Client.java", CLIENT);
        write("Other.java", CLIENT.replace("class Client", "class Other"));
        scan(answering(Map.of("com.example.codes.Codes.CLOSING", 221)));
        assertThat(asked).doesNotHaveDuplicates();
    }

    private List<Finding> scan(ExternalConstants constants) throws ConfigurationException {
        return engine.scan(List.of(folder), EngineConfig.defaults().withExternalConstants(constants)).findings();
    }

    /** Knows the given int constants and records every name it is asked for. */
    private ExternalConstants answering(Map<String, Integer> constants) {
        return name -> {
            asked.add(name);
            return Optional.ofNullable(constants.get(name)).map(Value.IntValue::new);
        };
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
