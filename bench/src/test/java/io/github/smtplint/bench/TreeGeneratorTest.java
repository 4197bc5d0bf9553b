package io.github.smtplint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeGeneratorTest {
    private static final long LINES = 4000;
    private static final int DENSITY = 20;

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        GeneratedTree first = new TreeGenerator(LINES, DENSITY, 42).generate(temp.resolve("a"));
        GeneratedTree second = new TreeGenerator(LINES, DENSITY, 42).generate(temp.resolve("b"));

        assertThat(relative(second)).isEqualTo(relative(first));
        for (GeneratedFile file : first.files()) {
            Path twin = second.root().resolve(first.root().relativize(file.path()));
            assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file.path()));
        }
        assertThat(first.lines()).isGreaterThanOrEqualTo(LINES);
    }

    @Test
    void anotherSeedWritesOtherBytes() throws Exception {
        GeneratedTree first = new TreeGenerator(LINES, DENSITY, 1).generate(temp.resolve("a"));
        GeneratedTree second = new TreeGenerator(LINES, DENSITY, 2).generate(temp.resolve("b"));

        Path file = first.files().get(0).path();
        Path twin = second.root().resolve(first.root().relativize(file));
        assertThat(!Files.exists(twin) || !java.util.Arrays.equals(Files.readAllBytes(twin), Files.readAllBytes(file)))
                .isTrue();
    }

    @Test
    void theEngineReportsThePlantedMistakesAndNothingElse() throws Exception {
        GeneratedTree tree = new TreeGenerator(LINES, DENSITY, 7).generate(temp);
        assertThat(tree.files()).extracting(GeneratedFile::kind).contains(GeneratedFile.Kind.values());
        Set<Path> planted = tree.files().stream().filter(GeneratedFile::plantedMistake).map(GeneratedFile::path)
                .collect(Collectors.toSet());
        assertThat(tree.files()).filteredOn(GeneratedFile::plantedMistake)
                .extracting(GeneratedFile::kind).doesNotContain(GeneratedFile.Kind.ORDINARY)
                .contains(GeneratedFile.Kind.SMTP_CLIENT, GeneratedFile.Kind.SMTP_SERVER,
                        GeneratedFile.Kind.SMTP_CONSTANTS);

        for (boolean prefilter : new boolean[] {true, false}) {
            List<Finding> findings = new Engine().scan(List.of(temp),
                    EngineConfig.defaults().withThreads(2).withPrefilter(prefilter)).findings();

            assertThat(findings.stream().map(Finding::file).collect(Collectors.toSet()))
                    .as("files with findings, pre-filter %s", prefilter)
                    .isEqualTo(planted);
        }
    }

    private static List<Path> relative(GeneratedTree tree) {
        return tree.files().stream().map(f -> tree.root().relativize(f.path())).toList();
    }
}
