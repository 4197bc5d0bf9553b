package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    private static final String CLIENT = """
            package com.example.mail;

            import org.apache.commons.net.smtp.SMTPClient;

            class Client {
                private final SMTPClient client = new SMTPClient();

                boolean throttled() {
                    return client.getReplyCode() == 471;
                }
            }
            """;

    private final Engine engine = new Engine();

    @TempDir
    Path folder;

    @Test
    void findsTheSameInTheSameOrderWhateverTheThreadCount() throws Exception {
        Path cases = Path.of(EngineTest.class.getResource("/cases").toURI());
        List<Finding> oneThread = engine.scan(List.of(cases), EngineConfig.defaults().withThreads(1)).findings();
        List<Finding> fourThreads = engine.scan(List.of(cases), EngineConfig.defaults().withThreads(4)).findings();
        assertThat(oneThread).isNotEmpty().isEqualTo(fourThreads);
        assertThat(oneThread).isSorted();
    }

    @Test
    void aFileThatDoesNotParseIsOneFindingAndTheScanGoesOn() throws Exception {
        write("Client.java", CLIENT);
        write("Broken.java", "package com.example;\nclass Broken {\n    void m( {\n}\n");
        ScanResult result = engine.scan(List.of(folder), EngineConfig.defaults().withPrefilter(false));
        assertThat(result.filesScanned()).isEqualTo(2);
        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.file().getFileName().toString(), Finding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ParseError", "Broken.java", 3),
                        org.assertj.core.groups.Tuple.tuple("UnknownReplyCode", "Client.java", 9));
        assertThat(result.findings().get(0).message()).startsWith("cannot parse the file as Java");
    }

    @Test
    void withThePrefilterOnlyFilesThatCanMatterAreParsed() throws Exception {
        write("Client.java", CLIENT);
        write("Broken.java", "package com.example;\nclass Broken {\n    void m( {\n}\n");
        write("BrokenMail.java", "package com.example;\nclass BrokenMail {\n    int code = 550\n}\n");
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults()).findings())
                .extracting(f -> f.file().getFileName().toString(), Finding::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BrokenMail.java", "ParseError"),
                        org.assertj.core.groups.Tuple.tuple("Client.java", "UnknownReplyCode"));
    }

    @Test
    void findingsNameTheCodeTheProblemAndTheReference() throws Exception {
        write("Client.java", CLIENT);
        Finding finding = engine.scan(List.of(folder), EngineConfig.defaults()).findings().get(0);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.column()).isEqualTo(41);
        assertThat(finding.message()).isEqualTo("471 is not an SMTP reply code: its second digit 7 is outside"
                + " RFC 5321's categories 0 to 5 (§4.2.1). Use a code RFC 5321 §4.2.3 or an extension defines.");
        assertThat(finding.reference()).isEqualTo("RFC 5321 §4.2");
    }

    @Test
    void ruleLevelsSwitchRulesOffOrChangeTheirSeverity() throws Exception {
        write("Client.java", CLIENT);
        EngineConfig off = EngineConfig.defaults().withRuleLevel("UnknownReplyCode", RuleLevel.OFF);
        assertThat(engine.scan(List.of(folder), off).findings()).isEmpty();
        EngineConfig warning = EngineConfig.defaults().withRuleLevel("UnknownReplyCode", RuleLevel.WARNING);
        assertThat(engine.scan(List.of(folder), warning).findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void anUnknownRuleIdIsAConfigurationErrorThatListsTheIds() throws IOException {
        write("Client.java", CLIENT);
        EngineConfig config = EngineConfig.defaults().withRuleLevel("UnknownReplyCodes", RuleLevel.OFF);
        assertThatThrownBy(() -> engine.scan(List.of(folder), config))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("unknown rule id 'UnknownReplyCodes'; the rule ids are: ")
                .hasMessageContaining("PermanentTreatedAsTransient, ReplyClassRangeError, SuccessTreatedAsFailure");
    }

    @Test
    void theLanguageLevelDecidesWhatParses() throws Exception {
        write("Codes.java", "package com.example.smtp;\nrecord Codes(int replyCode) {}\n");
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults().withLanguageLevel("17")).findings()).isEmpty();
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults().withLanguageLevel("1.8").withPrefilter(false))
                .findings()).extracting(Finding::ruleId).containsExactly("ParseError");
        assertThatThrownBy(() -> engine.scan(List.of(folder), EngineConfig.defaults().withLanguageLevel("99")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("language level '99'")
                .hasMessageContaining("17, 18");
    }

    @Test
    void aFileInAnotherEncodingIsReportedNotMisread() throws Exception {
        Files.write(folder.resolve("Latin.java"),
                "package com.example;\n// Grüße\nclass Latin {}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults()).findings())
                .singleElement().satisfies(f -> assertThat(f.message()).contains("cannot read the file as UTF-8"));
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults().withCharset(StandardCharsets.ISO_8859_1))
                .findings()).isEmpty();
    }

    @Test
    void aMissingSourcePathIsAConfigurationError() {
        Path missing = folder.resolve("nowhere");
        assertThatThrownBy(() -> engine.scan(List.of(missing), EngineConfig.defaults()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void aCatalogExtensionRegistersVendorCodes() throws Exception {
        write("Client.java", CLIENT.replace("471", "431"));
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults()).findings())
                .extracting(Finding::ruleId).containsExactly("UnknownReplyCode");
        Path extension = Files.writeString(folder.resolve("vendor.tsv"), "reply\t431\tAcme: busy\tAcme manual\n");
        assertThat(engine.scan(List.of(folder.resolve("Client.java")),
                EngineConfig.defaults().withCatalogExtension(extension)).findings()).isEmpty();
        Files.writeString(extension, "reply\t4311\tAcme: busy\tAcme manual\n");
        assertThatThrownBy(() -> engine.scan(List.of(folder.resolve("Client.java")),
                EngineConfig.defaults().withCatalogExtension(extension)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("vendor.tsv line 1: '4311' is not a well-formed reply code");
    }

    @Test
    void includeAndExcludeGlobsChooseTheFilesUnderAFolder() throws Exception {
        write("Client.java", CLIENT);
        Files.createDirectories(folder.resolve("generated/smtp"));
        Files.writeString(folder.resolve("generated/smtp/Generated.java"), CLIENT.replace("class Client", "class Generated"));
        Files.writeString(folder.resolve("notes.txt"), "471");
        assertThat(engine.scan(List.of(folder), EngineConfig.defaults()).filesScanned()).isEqualTo(2);
        EngineConfig withoutGenerated = EngineConfig.defaults()
                .withFiles(EngineConfig.ALL_JAVA_FILES, List.of("generated/**"));
        ScanResult result = engine.scan(List.of(folder), withoutGenerated);
        assertThat(result.filesScanned()).isEqualTo(1);
        assertThat(result.findings()).extracting(f -> f.file().getFileName().toString()).containsOnly("Client.java");
        EngineConfig badGlob = EngineConfig.defaults().withFiles(List.of("**/*.{java"), List.of());
        assertThatThrownBy(() -> engine.scan(List.of(folder), badGlob))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("includes has the glob '**/*.{java', which is not valid");
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheScanGoesOn() throws Exception {
        write("Client.java", CLIENT);
        Path inner = Files.createDirectories(folder.resolve("inner"));
        Files.createSymbolicLink(inner.resolve("loop"), folder);
        ScanResult result = engine.scan(List.of(folder), EngineConfig.defaults());
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("UnknownReplyCode", "ParseError");
        assertThat(result.findings().get(1).file()).isEqualTo(inner.resolve("loop"));
        assertThat(result.findings().get(1).message()).contains("symbolic link loop");
    }

    @Test
    void everyRuleHasItsMetadata() {
        assertThat(engine.rules()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[A-Z][A-Za-z]+");
            assertThat(rule.summary()).isNotBlank();
            assertThat(rule.explanation()).isNotBlank();
        });
        assertThat(engine.rules()).extracting(r -> r.id()).doesNotHaveDuplicates().contains("ParseError");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }

}
