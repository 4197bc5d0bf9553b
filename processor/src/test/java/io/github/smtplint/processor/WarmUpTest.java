package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.Plugin;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * A compile of one small class ends while the warm-up is still loading smtp-lint, and javac then
     * closes the processor path's class loader. The warm-up must stop without a word: a stack trace on
     * the compiler's output looks like a broken build. The race is lost in most compiles, so a few
     * compiles show it.
     */
    @Test
    void aCompileThatEndsBeforeTheWarmUpSaysNothingAboutIt() throws Exception {
        Path source = Files.writeString(temp.resolve("Mail.java"), "class Mail { static final int SMTP_PORT = 25; }");
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        for (int compile = 0; compile < 3; compile++) {
            Path classes = Files.createDirectories(temp.resolve("classes-" + compile));
            Process process = new ProcessBuilder(javac.toString(), "-processorpath",
                    System.getProperty("java.class.path"), "-d", classes.toString(), source.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor()).isZero();
            assertThat(output).isEmpty();
            assertThat(classes.resolve("Mail.class")).exists();
        }
    }
}
