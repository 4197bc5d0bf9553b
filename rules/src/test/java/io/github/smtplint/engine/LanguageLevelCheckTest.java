package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without the language-level check, as where a compiler has checked the sources already, syntax the
 * level does not allow is no longer a parse error, and everything else is found as before.
 */
class LanguageLevelCheckTest {
    private static final String RECORD = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            record Session(SMTPClient client) {
                boolean throttled() {
                    var code = client.getReplyCode();
                    return code >= 400 && client.getReplyCode() == 471;
                }
            }
            """;

    private static final String YIELD = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Session {
                boolean throttled(SMTPClient client) {
                    return switch (client.getReplyCode() / 100) {
                        case 4 -> {
                            yield client.getReplyCode() == 471;
                        }
                        default -> false;
                    };
                }
            }
            """;

    private final Engine engine = new Engine();

    static Stream<Path> corpora() throws Exception {
        return PrefilterInvariantTest.corpora();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void findingsAreTheSameWithAndWithoutTheCheck(Path corpus) throws Exception {
        EngineConfig everyFile = EngineConfig.defaults().withPrefilter(false);
        List<Finding> checked = engine.scan(List.of(corpus), everyFile).findings();
        List<Finding> unchecked = engine.scan(List.of(corpus), everyFile.withLanguageLevelCheck(false)).findings();
        assertThat(unchecked).isEqualTo(checked);
    }

    @Test
    void syntaxTheLevelDoesNotAllowIsReadWhenNotChecked(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Session.java"), RECORD);
        EngineConfig java8 = EngineConfig.defaults().withLanguageLevel("1.8");
        assertThat(engine.scan(List.of(folder), java8).findings())
                .extracting(Finding::ruleId).containsExactly("ParseError");

        List<Finding> unchecked = engine.scan(List.of(folder), java8.withLanguageLevelCheck(false)).findings();
        assertThat(unchecked).extracting(Finding::ruleId).containsExactly("UnknownReplyCode");
        assertThat(unchecked).isEqualTo(engine.scan(List.of(folder), EngineConfig.defaults().withLanguageLevel("17"))
                .findings());
    }

    @Test
    void theParseStillFollowsTheLevel(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Session.java"), YIELD);
        EngineConfig unchecked = EngineConfig.defaults().withLanguageLevelCheck(false);
        assertThat(engine.scan(List.of(folder), unchecked.withLanguageLevel("1.8")).findings())
                .extracting(Finding::ruleId).containsExactly("ParseError");
        assertThat(engine.scan(List.of(folder), unchecked.withLanguageLevel("17")).findings())
                .extracting(Finding::ruleId).containsExactly("UnknownReplyCode");
    }
}
