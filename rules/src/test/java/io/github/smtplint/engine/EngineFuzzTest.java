package io.github.smtplint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the engine on mutated copies of the test corpus: whatever the input, no exception escapes
 * the engine, each input is read, and what comes back is findings with sane positions or one
 * ParseError for the file. Seed and number of inputs can be set for longer runs:
 * {@code -Dsmtp-lint.fuzz.seed=42 -Dsmtp-lint.fuzz.inputs=100000}.
 */
class EngineFuzzTest {
    private static final long SEED = Long.getLong("smtp-lint.fuzz.seed", 5321L);
    private static final int INPUTS = Integer.getInteger("smtp-lint.fuzz.inputs", 2_000);
    /** Inputs per scan: enough that the per-scan work (the catalog, the thread pool) does not dominate. */
    private static final int BATCH = 250;

    private final Engine engine = new Engine();

    @TempDir
    Path folder;

    @Test
    void noInputMakesTheEngineThrow() throws Exception {
        List<String> corpus = corpus();
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        int written = 0;
        long parseProblems = 0;
        long codeFindings = 0;
        for (int batch = 0; written < INPUTS; batch++) {
            Path directory = Files.createDirectories(folder.resolve("batch-" + batch));
            int size = Math.min(BATCH, INPUTS - written);
            for (int i = 0; i < size; i++) {
                String source = corpus.get(random.nextInt(corpus.size()));
                Files.write(directory.resolve("Input" + i + ".java"), mutator.mutate(source));
            }
            written += size;
            // Half the batches go through the pre-filter's rounds, half are parsed whole.
            EngineConfig config = EngineConfig.defaults().withThreads(2).withPrefilter(batch % 2 == 0);
            ScanResult result = scan(directory, config, batch);
            assertSane(result, directory, size);
            parseProblems += result.filesNotParsed();
            codeFindings += result.codeFindings().size();
            deleteBatch(directory);
        }
        assertThat(written).isEqualTo(INPUTS);
        assertThat(parseProblems).as("inputs that do not parse").isPositive();
        assertThat(codeFindings).as("findings in inputs that still parse").isPositive();
    }

    private ScanResult scan(Path directory, EngineConfig config, int batch) {
        try {
            return engine.scan(List.of(directory), config);
        } catch (ConfigurationException | RuntimeException | Error e) {
            throw new AssertionError("the engine threw on batch " + batch + " (seed " + SEED + ", inputs " + INPUTS
                    + "; rerun with -Dsmtp-lint.fuzz.seed=" + SEED + "): " + e, e);
        }
    }

    private static void assertSane(ScanResult result, Path directory, int size) throws IOException {
        assertThat(result.filesScanned()).isEqualTo(size);
        assertThat(result.findings()).isSorted();
        Map<Path, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        for (Map.Entry<Path, List<Finding>> file : byFile.entrySet()) {
            assertThat(file.getKey().getParent()).isEqualTo(directory);
            List<Finding> parseProblems = file.getValue().stream().filter(Finding::isParseProblem).toList();
            if (!parseProblems.isEmpty()) {
                assertThat(file.getValue()).as("a file that was not parsed has nothing else to say: " + file.getKey())
                        .hasSize(1);
            }
            // Every byte is one character in ISO-8859-1, so its lines are the file's lines, whatever the encoding.
            long lines = Math.max(1, new String(Files.readAllBytes(file.getKey()), StandardCharsets.ISO_8859_1)
                    .lines().count());
            for (Finding finding : file.getValue()) {
                assertThat((long) finding.line()).as(finding.toString()).isBetween(1L, lines);
                assertThat(finding.column()).as(finding.toString()).isPositive();
                assertThat(finding.message()).as(finding.toString()).isNotBlank();
            }
        }
    }

    /** The test cases of every rule: real code shapes, each a known input to mutate. */
    private static List<String> corpus() throws Exception {
        Path cases = Path.of(EngineFuzzTest.class.getResource("/cases").toURI());
        try (Stream<Path> files = Files.walk(cases)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return sources;
        }
    }

    private static void deleteBatch(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            Set<Path> inputs = new HashSet<>(files.toList());
            for (Path input : inputs) {
                Files.delete(input);
            }
        }
        Files.delete(directory);
    }

    @Test
    void theSameSeedGivesTheSameInputs() {
        String source = "class A { int code = 250; String reply = \"550 5.1.1 unknown\"; }";
        List<byte[]> first = new ArrayList<>();
        List<byte[]> second = new ArrayList<>();
        Mutator one = new Mutator(new Random(SEED));
        Mutator other = new Mutator(new Random(SEED));
        for (int i = 0; i < 50; i++) {
            first.add(one.mutate(source));
            second.add(other.mutate(source));
        }
        assertThat(first).zipSatisfy(second, (a, b) -> assertThat(a).isEqualTo(b));
        if (first.stream().allMatch(m -> new String(m, StandardCharsets.UTF_8).equals(source))) {
            fail("no input was changed");
        }
    }
}
