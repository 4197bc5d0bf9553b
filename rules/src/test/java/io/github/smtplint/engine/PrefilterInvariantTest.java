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

/** The pre-filter only saves work: on every corpus the tests use, the findings are the same with it and without it. */
class PrefilterInvariantTest {
    private final Engine engine = new Engine();

    static Stream<Path> corpora() throws Exception {
        Path cases = Path.of(PrefilterInvariantTest.class.getResource("/cases").toURI());
        try (Stream<Path> groups = Files.list(cases)) {
            return Stream.concat(Stream.of(cases), groups.sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void findingsAreTheSameWithAndWithoutThePrefilter(Path corpus) throws Exception {
        List<Finding> withPrefilter = engine.scan(List.of(corpus), EngineConfig.defaults()).findings();
        List<Finding> withoutPrefilter = engine.scan(List.of(corpus), EngineConfig.defaults().withPrefilter(false))
                .findings();
        assertThat(withPrefilter).isEqualTo(withoutPrefilter);
    }

    @Test
    void aConstantNamedFromAnotherFileBringsThatFileIn(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Codes.java"), """
                package com.example.mail;

                public final class Codes {
                    public static final int CLOSING = 221;
                }
                """);
        Files.writeString(folder.resolve("Session.java"), """
                package com.example.mail;

                class Session {
                    void onQuit(int reply) {
                        if (reply == Codes.CLOSING) {
                            throw new IllegalStateException("closed");
                        }
                    }
                }
                """);
        List<Finding> findings = engine.scan(List.of(folder), EngineConfig.defaults()).findings();
        assertThat(findings).extracting(Finding::ruleId).containsExactly("SuccessTreatedAsFailure");
        assertThat(findings).isEqualTo(engine.scan(List.of(folder), EngineConfig.defaults().withPrefilter(false))
                .findings());
    }

    @Test
    void aFileUsedByACandidateIsBroughtInEvenWithoutSmtpWords(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Limits.java"), """
                package com.example.config;

                public final class Limits {
                    public static final int HARD = 571;
                }
                """);
        Files.writeString(folder.resolve("Client.java"), """
                package com.example.net;

                import com.example.config.Limits;
                import org.apache.commons.net.smtp.SMTPClient;

                class Client {
                    boolean refused(SMTPClient client) {
                        return client.getReplyCode() == Limits.HARD;
                    }
                }
                """);
        List<Finding> findings = engine.scan(List.of(folder), EngineConfig.defaults()).findings();
        assertThat(findings).extracting(f -> f.file().getFileName().toString(), Finding::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Limits.java", "UnknownReplyCode"));
        assertThat(findings).isEqualTo(engine.scan(List.of(folder), EngineConfig.defaults().withPrefilter(false))
                .findings());
    }

    @Test
    void aFileUsingAnSmtpConstantIsBroughtInEvenWithoutSmtpWords(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("SmtpCodes.java"), """
                package com.example.mail;

                public final class SmtpCodes {
                    public static final int SMTP_CLOSING = 221;
                }
                """);
        Files.writeString(folder.resolve("Teardown.java"), """
                package com.example.net;

                import static com.example.mail.SmtpCodes.SMTP_CLOSING;

                class Teardown {
                    void after(int code) {
                        if (code == SMTP_CLOSING) {
                            throw new IllegalStateException("closed");
                        }
                    }
                }
                """);
        assertSameFindingsBothWays(folder, "Teardown.java", "SuccessTreatedAsFailure");
    }

    @Test
    void aConstantDefinedThroughAnotherConstantIsFollowedToItsValue(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("Base.java"), """
                package com.example.config;

                public final class Base {
                    public static final int VALUE = 571;
                }
                """);
        Files.writeString(folder.resolve("Limits.java"), """
                package com.example.config;

                public final class Limits {
                    public static final int HARD = Base.VALUE;
                }
                """);
        Files.writeString(folder.resolve("Client.java"), """
                package com.example.net;

                import com.example.config.Limits;
                import org.apache.commons.net.smtp.SMTPClient;

                class Client {
                    boolean refused(SMTPClient client) {
                        return client.getReplyCode() == Limits.HARD;
                    }
                }
                """);
        assertSameFindingsBothWays(folder, "Base.java", "UnknownReplyCode");
    }

    private void assertSameFindingsBothWays(Path folder, String file, String ruleId) throws Exception {
        List<Finding> findings = engine.scan(List.of(folder), EngineConfig.defaults()).findings();
        assertThat(findings).extracting(f -> f.file().getFileName().toString(), Finding::ruleId)
                .contains(org.assertj.core.groups.Tuple.tuple(file, ruleId));
        assertThat(findings).isEqualTo(engine.scan(List.of(folder), EngineConfig.defaults().withPrefilter(false))
                .findings());
    }
}
