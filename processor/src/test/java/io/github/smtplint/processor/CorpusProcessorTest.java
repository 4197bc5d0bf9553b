package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor must say what the Maven plugin says: over the rules' whole test corpus, each case
 * compiled on its own (a folder of files is one case), javac's messages from the processor are the
 * engine's findings, at the same line and column, with the severity mapped to the message kind.
 */
class CorpusProcessorTest {
    private static final String CASES = "/cases";

    @TempDir
    Path folder;

    /** Each case: its name and its files by path relative to the corpus. */
    static Stream<Map.Entry<String, Map<String, String>>> cases() throws Exception {
        Map<String, Map<String, String>> cases = new TreeMap<>();
        URL corpus = CorpusProcessorTest.class.getResource(CASES);
        URI uri = corpus.toURI();
        try (FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
             Stream<Path> walk = Files.walk(jar == null ? Path.of(uri) : jar.getPath(CASES))) {
            Path root = jar == null ? Path.of(uri) : jar.getPath(CASES);
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                // cases/Rule/positive/Name.java is a case; cases/Rule/positive/Folder/*.java is one case of several files.
                String name = relative.split("/").length > 3 ? relative.substring(0, relative.lastIndexOf('/')) : relative;
                cases.computeIfAbsent(name, n -> new TreeMap<>()).put(relative, Files.readString(file));
            }
        }
        assertThat(cases).hasSizeGreaterThan(100);
        return cases.entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theProcessorReportsWhatTheEngineFinds(Map.Entry<String, Map<String, String>> testCase) throws Exception {
        JavacRun javac = new JavacRun();
        for (Map.Entry<String, String> file : testCase.getValue().entrySet()) {
            Path written = folder.resolve(file.getKey());
            Files.createDirectories(written.getParent());
            Files.writeString(written, file.getValue());
            javac.source(file.getKey(), file.getValue());
        }
        EngineConfig config = EngineConfig.defaults()
                .withLanguageLevel(SmtpLintProcessor.languageLevel(SourceVersion.latestSupported()));
        Set<String> engine = new Engine().scan(List.of(folder), config).findings().stream()
                .map(CorpusProcessorTest::key).collect(Collectors.toSet());

        Set<String> processor = javac.compileWith(new SmtpLintProcessor()).diagnostics().stream()
                .filter(d -> JavacRun.message(d).startsWith("[smtp-lint:"))
                .map(CorpusProcessorTest::key).collect(Collectors.toSet());

        if (testCase.getKey().contains("/positive/")) {
            assertThat(engine).as("a positive case has findings").isNotEmpty();
        }
        assertThat(processor).isEqualTo(engine);
    }

    private static String key(Finding finding) {
        return finding.file().getFileName() + ":" + finding.line() + ":" + finding.column() + " "
                + finding.severity() + " " + finding.ruleId();
    }

    private static String key(Diagnostic<? extends javax.tools.JavaFileObject> diagnostic) {
        String name = diagnostic.getSource().getName();
        String message = JavacRun.message(diagnostic);
        Severity severity = switch (diagnostic.getKind()) {
            case ERROR -> Severity.ERROR;
            case NOTE -> Severity.INFO;
            default -> Severity.WARNING;
        };
        return name.substring(name.lastIndexOf('/') + 1) + ":" + diagnostic.getLineNumber() + ":"
                + diagnostic.getColumnNumber() + " " + severity + " "
                + message.substring("[smtp-lint:".length(), message.indexOf(']'));
    }
}
