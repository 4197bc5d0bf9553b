package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.Plugin;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {
    @TempDir
    Path temp;

    @Test
    void javacFindsThePlugInOnTheProcessorPathAndStartsItUnasked() {
        List<Plugin> plugins = ServiceLoader.load(Plugin.class, WarmUp.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(plugins).filteredOn(WarmUp.class::isInstance).singleElement()
                .satisfies(plugin -> assertThat(plugin.autoStart()).isTrue())
                .extracting(Plugin::getName).isEqualTo("smtp-lint-warm-up");
    }

    @Test
    void theSampleTakesTheEngineThroughEveryStageUpToTheRules() throws Exception {
        Path sample = temp.resolve("SmtpSample.java");
        try (InputStream in = WarmUp.class.getResourceAsStream(WarmUp.SAMPLE)) {
            Files.copy(in, sample);
        }

        List<Finding> findings = new Engine().scan(List.of(temp), EngineConfig.defaults()).findings();

        assertThat(findings).isNotEmpty().extracting(Finding::ruleId).doesNotContain("ParseError");
    }

    @Test
    void aWarmUpScansTheSampleAndLeavesNothingBehind() throws Exception {
        assertThat(WarmUp.scanSampleIn(temp)).isTrue();

        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aWarmUpThatCannotWriteGivesUpQuietly() {
        assertThat(WarmUp.scanSampleIn(temp.resolve("missing"))).isFalse();
    }
}
