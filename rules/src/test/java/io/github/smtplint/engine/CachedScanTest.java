package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smtplint.cache.FactsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The facts cache only saves work: a cached scan finds what an uncached one finds, and trusts nothing stale. */
class CachedScanTest {
    private final Engine engine = new Engine();

    @TempDir
    Path cacheFolder;
    @TempDir
    Path sources;

    static Stream<Path> corpora() throws Exception {
        return PrefilterInvariantTest.corpora();
    }

    @BeforeEach
    void writeSources() throws Exception {
        Files.writeString(sources.resolve("Codes.java"), """
                package com.example.mail;

                public final class Codes {
                    public static final int CLOSING = 221;
                }
                """);
        Files.writeString(sources.resolve("Session.java"), """
                package com.example.mail;

                class Session {
                    void onQuit(int reply) {
                        if (reply == Codes.CLOSING) {
                            throw new IllegalStateException("closed");
                        }
                    }
                }
                """);
        Files.writeString(sources.resolve("Sizes.java"), """
                package com.example.util;

                final class Sizes {
                    static final int BUFFER = 512;
                }
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void anUnchangedReRunParsesNothingAndFindsTheSame(Path corpus) throws Exception {
        ScanResult uncached = engine.scan(List.of(corpus), EngineConfig.defaults());
        ScanResult first = engine.scan(List.of(corpus), cached());
        ScanResult second = engine.scan(List.of(corpus), cached());

        assertThat(first.findings()).isEqualTo(uncached.findings());
        assertThat(first.filesParsed()).isEqualTo(uncached.filesParsed()).isPositive();
        assertThat(second.findings()).isEqualTo(uncached.findings());
        assertThat(second.filesParsed()).isZero();
    }

    @Test
    void withoutThePrefilterAnUnchangedReRunParsesNothingEither() throws Exception {
        EngineConfig everyFile = cached().withPrefilter(false);
        ScanResult first = engine.scan(List.of(sources), everyFile);
        ScanResult second = engine.scan(List.of(sources), everyFile);

        assertThat(first.filesParsed()).isEqualTo(3);
        assertThat(second.filesParsed()).isZero();
        assertThat(second.findings()).isEqualTo(first.findings());
    }

    @Test
    void aChangedConstantReJudgesTheFileThatUsesItParsingOnlyTheChangedFile() throws Exception {
        assertThat(ruleIds(engine.scan(List.of(sources), cached()))).containsExactly("SuccessTreatedAsFailure");

        Files.writeString(sources.resolve("Codes.java"), """
                package com.example.mail;

                public final class Codes {
                    public static final int CLOSING = 421;
                }
                """);
        ScanResult afterChange = engine.scan(List.of(sources), cached());

        assertThat(afterChange.findings()).isEmpty();
        assertThat(afterChange.filesParsed()).isEqualTo(1);
        assertThat(afterChange.findings()).isEqualTo(engine.scan(List.of(sources), EngineConfig.defaults()).findings());
    }

    @Test
    void anAddedFileIsParsedAndADeletedOneForgotten() throws Exception {
        engine.scan(List.of(sources), cached());
        Files.delete(sources.resolve("Session.java"));
        Files.writeString(sources.resolve("Quit.java"), """
                package com.example.mail;

                class Quit {
                    boolean failed(int reply) {
                        return reply == 221;
                    }
                }
                """);
        ScanResult rerun = engine.scan(List.of(sources), cached());

        assertThat(rerun.filesParsed()).isEqualTo(1);
        assertThat(rerun.findings()).isEqualTo(engine.scan(List.of(sources), EngineConfig.defaults()).findings());
        assertThat(rerun.findings()).extracting(f -> f.file().getFileName().toString()).doesNotContain("Session.java");
    }

    @Test
    void aCorruptCacheIsIgnoredAndRebuilt() throws Exception {
        List<Finding> expected = engine.scan(List.of(sources), cached()).findings();
        Files.writeString(cacheFile(), "{\"format\": 1, \"files\": {\"Codes.java\": [not json");

        ScanResult rebuilt = engine.scan(List.of(sources), cached());
        ScanResult afterwards = engine.scan(List.of(sources), cached());

        assertThat(rebuilt.findings()).isEqualTo(expected);
        assertThat(rebuilt.filesParsed()).isPositive();
        assertThat(afterwards.filesParsed()).isZero();
    }

    @Test
    void aTruncatedCacheIsIgnored() throws Exception {
        List<Finding> expected = engine.scan(List.of(sources), cached()).findings();
        String whole = Files.readString(cacheFile());
        Files.writeString(cacheFile(), whole.substring(0, whole.length() / 2));

        ScanResult rebuilt = engine.scan(List.of(sources), cached());

        assertThat(rebuilt.findings()).isEqualTo(expected);
        assertThat(rebuilt.filesParsed()).isPositive();
    }

    @Test
    void aCacheWrittenByAnotherBuildIsNotTrusted() throws Exception {
        engine.scan(List.of(sources), cached());
        // Another build's facts may be extracted differently: here they claim the file has no sites at all.
        String foreign = Files.readString(cacheFile()).replaceFirst("\"tool\":\"[^\"]*\"", "\"tool\":\"0.0.1\"")
                .replaceAll("\"sites\":\\[[^\\]]*\\]", "\"sites\":[]");
        Files.writeString(cacheFile(), foreign);

        ScanResult rerun = engine.scan(List.of(sources), cached());

        assertThat(ruleIds(rerun)).containsExactly("SuccessTreatedAsFailure");
        assertThat(rerun.filesParsed()).isPositive();
    }

    @Test
    void otherSettingsParseAgain() throws Exception {
        engine.scan(List.of(sources), cached());

        ScanResult otherLevel = engine.scan(List.of(sources), cached().withLanguageLevel("17"));

        assertThat(otherLevel.filesParsed()).isPositive();
    }

    @Test
    void aCacheFolderThatCannotBeCreatedIsAConfigurationError() throws Exception {
        Path inTheWay = Files.writeString(cacheFolder.resolve("cache"), "a file, not a folder");

        assertThatThrownBy(() -> engine.scan(List.of(sources), EngineConfig.defaults().withCache(inTheWay)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot use the cache folder " + inTheWay)
                .hasMessageContaining("run without a cache");
    }

    private EngineConfig cached() {
        return EngineConfig.defaults().withCache(cacheFolder);
    }

    private Path cacheFile() {
        return cacheFolder.resolve(FactsStore.FILE_IN_FOLDER);
    }

    private static List<String> ruleIds(ScanResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }
}
