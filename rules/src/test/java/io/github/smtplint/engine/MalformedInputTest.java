package io.github.smtplint.engine;

import static io.github.smtplint.engine.MalformedCorpus.CLIENT;
import static io.github.smtplint.engine.MalformedCorpus.CLIENT_COLUMN;
import static io.github.smtplint.engine.MalformedCorpus.CLIENT_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One source folder holding healthy files with known findings and, next to them, every kind of bad
 * input a real source tree can hold. Each bad input gets the diagnostic expected for it, or none,
 * and never costs the healthy files their findings.
 */
class MalformedInputTest {
    private static final Engine ENGINE = new Engine();

    @TempDir
    static Path folder;

    private static MalformedCorpus corpus;
    private static int bigFileLine;
    private static ScanResult everyFileParsed;
    private static ScanResult prefiltered;

    @BeforeAll
    static void scanTheCorpus() throws Exception {
        corpus = new MalformedCorpus(folder);
        corpus.write("healthy/Client.java", CLIENT);
        corpus.write("healthy/Codes.java", MalformedCorpus.CODES);
        corpus.write("healthy/Session.java", MalformedCorpus.SESSION);
        corpus.write("bad/NotJava.java", "package com.example.mail;\nclass NotJava {\n    void smtp( {\n}\n");
        corpus.write("bad/InvalidUtf8.java", MalformedCorpus.invalidUtf8());
        corpus.write("bad/ByteOrderMark.java", MalformedCorpus.withByteOrderMark(CLIENT));
        corpus.write("bad/CarriageReturns.java", MalformedCorpus.withLineEnds(CLIENT, "\r"));
        corpus.write("bad/MixedLineEnds.java", MalformedCorpus.withLineEnds(CLIENT, "\r\n", "\n", "\r"));
        bigFileLine = corpus.writeBigFile("bad/Generated.java");
        corpus.write("bad/Nested.java", MalformedCorpus.deeplyNested(MalformedCorpus.NESTING_DEPTH));
        corpus.write("bad/Banner.java", MalformedCorpus.longConcatenation(MalformedCorpus.CONCATENATED_TERMS));
        corpus.write("bad/Empty.java", "");
        corpus.write("bad/Folder.java/Inner.java", CLIENT.replace("class Client", "class Inner"));
        Path unreadable = corpus.write("bad/Unreadable.java", CLIENT.replace("class Client", "class Unreadable"));
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        Files.createSymbolicLink(Files.createDirectories(folder.resolve("bad/links")).resolve("loop"), folder);

        everyFileParsed = ENGINE.scan(List.of(folder), EngineConfig.defaults().withPrefilter(false).withThreads(2));
        // The big file costs seconds to parse; once is enough.
        prefiltered = ENGINE.scan(List.of(folder), EngineConfig.defaults().withThreads(2)
                .withFiles(EngineConfig.ALL_JAVA_FILES, List.of("bad/Generated.java")));
    }

    @Test
    void theHealthyFilesKeepEveryFinding() {
        for (ScanResult result : List.of(everyFileParsed, prefiltered)) {
            assertThat(findingsIn(result, "healthy/Client.java"))
                    .extracting(Finding::ruleId, Finding::line, Finding::column)
                    .containsExactly(tuple("UnknownReplyCode", CLIENT_LINE, CLIENT_COLUMN));
            assertThat(findingsIn(result, "healthy/Session.java"))
                    .extracting(Finding::ruleId, Finding::line)
                    .containsExactly(tuple("SuccessTreatedAsFailure", MalformedCorpus.SESSION_LINE));
            assertThat(findingsIn(result, "healthy/Codes.java")).isEmpty();
        }
    }

    @Test
    void aFileThatDoesNotParseIsOneParseErrorWhereTheParserStopped() {
        assertThat(findingsIn(everyFileParsed, "bad/NotJava.java")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ParseError");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).startsWith("cannot parse the file as Java");
        });
        assertThat(findingsIn(prefiltered, "bad/NotJava.java")).extracting(Finding::ruleId).containsExactly("ParseError");
    }

    @Test
    void bytesThatAreNotUtf8AreOneParseErrorNamingTheEncoding() {
        assertThat(findingsIn(everyFileParsed, "bad/InvalidUtf8.java")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ParseError");
            assertThat(f.position()).isEqualTo(new SourcePosition(f.file(), 1, 1));
            assertThat(f.message()).isEqualTo("cannot read the file as UTF-8:"
                    + " set the source encoding to the one the file is written in");
        });
        assertThat(findingsIn(prefiltered, "bad/InvalidUtf8.java")).extracting(Finding::ruleId)
                .containsExactly("ParseError");
    }

    @Test
    void aByteOrderMarkIsReadPastAndTheFindingsKeepTheirPlace() {
        assertThat(findingsIn(everyFileParsed, "bad/ByteOrderMark.java"))
                .extracting(Finding::ruleId, Finding::line, Finding::column, Finding::lineText)
                .containsExactly(tuple("UnknownReplyCode", CLIENT_LINE, CLIENT_COLUMN,
                        "return client.getReplyCode() == 471;"));
    }

    @Test
    void carriageReturnsAloneEndLines() {
        assertThat(findingsIn(everyFileParsed, "bad/CarriageReturns.java"))
                .extracting(Finding::ruleId, Finding::line, Finding::column, Finding::lineText)
                .containsExactly(tuple("UnknownReplyCode", CLIENT_LINE, CLIENT_COLUMN,
                        "return client.getReplyCode() == 471;"));
    }

    @Test
    void mixedLineEndsCountAsOneLineEach() {
        assertThat(findingsIn(everyFileParsed, "bad/MixedLineEnds.java"))
                .extracting(Finding::ruleId, Finding::line, Finding::column, Finding::lineText)
                .containsExactly(tuple("UnknownReplyCode", CLIENT_LINE, CLIENT_COLUMN,
                        "return client.getReplyCode() == 471;"));
    }

    @Test
    void aTenMegabyteFileIsAnalysedToTheEnd() throws Exception {
        assertThat(Files.size(folder.resolve("bad/Generated.java"))).isGreaterThanOrEqualTo(MalformedCorpus.BIG_FILE_BYTES);
        assertThat(findingsIn(everyFileParsed, "bad/Generated.java"))
                .extracting(Finding::ruleId, Finding::line, Finding::column)
                .containsExactly(tuple("UnknownReplyCode", bigFileLine, CLIENT_COLUMN));
    }

    @Test
    void deepNestingIsAnalysedOrReportedForThatFileAlone() {
        assertAnalysedOrTooDeep("bad/Nested.java");
    }

    @Test
    void aVeryLongConcatenationIsAnalysedOrReportedForThatFileAlone() {
        assertAnalysedOrTooDeep("bad/Banner.java");
    }

    @Test
    void anEmptyFileHasNothingToReport() {
        assertThat(findingsIn(everyFileParsed, "bad/Empty.java")).isEmpty();
    }

    @Test
    void aFolderNamedLikeAJavaFileIsSearchedNotRead() {
        assertThat(findingsIn(everyFileParsed, "bad/Folder.java")).isEmpty();
        assertThat(findingsIn(everyFileParsed, "bad/Folder.java/Inner.java"))
                .extracting(Finding::ruleId, Finding::line).containsExactly(tuple("UnknownReplyCode", CLIENT_LINE));
    }

    @Test
    void aSymbolicLinkLoopIsOneParseErrorOnTheLink() {
        assertThat(findingsIn(everyFileParsed, "bad/links/loop")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ParseError");
            assertThat(f.message()).contains("symbolic link loop");
        });
    }

    @Test
    void anUnreadableFileIsOneParseError() {
        Path unreadable = folder.resolve("bad/Unreadable.java");
        assumeThat(Files.isReadable(unreadable)).as("file permissions do not bind this user (root)").isFalse();
        for (ScanResult result : List.of(everyFileParsed, prefiltered)) {
            assertThat(findingsIn(result, "bad/Unreadable.java")).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("ParseError");
                assertThat(f.message()).startsWith("cannot read the file");
            });
        }
    }

    @Test
    void everyFileFoundIsCountedAndEveryUnparsedOneCountedApart() {
        assertThat(everyFileParsed.filesScanned()).isEqualTo(14);
        long unreadable = Files.isReadable(folder.resolve("bad/Unreadable.java")) ? 0 : 1;
        assertThat(everyFileParsed.filesNotParsed()).isEqualTo(3 + unreadable + tooDeep());
        assertThat(everyFileParsed.codeFindings()).extracting(Finding::ruleId).doesNotContain("ParseError");
    }

    @Test
    void aMissingSourceRootAmongOthersIsReportedAndTheOthersAreScanned() throws Exception {
        Path missing = folder.resolve("no-such-folder");
        List<Finding> findings = ENGINE.scan(List.of(folder.resolve("healthy"), missing), EngineConfig.defaults())
                .findings();
        assertThat(findings).filteredOn(f -> f.file().equals(missing))
                .extracting(Finding::ruleId, Finding::message)
                .containsExactly(tuple("ParseError", "source path " + missing
                        + " does not exist; it was skipped: give an existing file or folder of Java sources"));
        assertThat(findings).filteredOn(f -> !f.file().equals(missing)).isNotEmpty()
                .extracting(Finding::ruleId).doesNotContain("ParseError");
    }

    @Test
    void onlyMissingSourceRootsAreAConfigurationErrorNamingThem() {
        Path missing = folder.resolve("no-such-folder");
        assertThatThrownBy(() -> ENGINE.scan(List.of(missing), EngineConfig.defaults()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("source path " + missing + " does not exist; give an existing file or folder of Java sources");
    }

    private static long tooDeep() {
        return everyFileParsed.findings().stream().filter(f -> f.message().contains("nested too deeply")).count();
    }

    /** A stack overflow, if the input causes one, costs that file alone: one ParseError saying why. */
    private static void assertAnalysedOrTooDeep(String name) {
        List<Finding> findings = findingsIn(everyFileParsed, name);
        if (!findings.isEmpty()) {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("ParseError");
                assertThat(f.message()).isEqualTo("the file is nested too deeply to analyse; it was skipped");
            });
        }
        assertThat(findingsIn(prefiltered, name)).isEqualTo(findings);
    }

    private static List<Finding> findingsIn(ScanResult result, String name) {
        Path file = folder.resolve(name).normalize();
        return result.findings().stream().filter(f -> f.file().equals(file)).toList();
    }
}
