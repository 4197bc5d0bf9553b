package io.github.smtplint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeGeneratorTest {
    private static final long LINES = 4000;
    private static final int SMTP_DENSITY = 20;
    private static final int CODE_DENSITY = 40;
    private static final Pattern CODE_LIKE_NUMBER =
            Pattern.compile("(?<![\\w.])(2\\d\\d|3\\d\\d|4\\d\\d|5[0-5]\\d)(?![\\w.])");

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        GeneratedTree first = new TreeGenerator(LINES, SMTP_DENSITY, CODE_DENSITY, 42).generate(temp.resolve("a"));
        GeneratedTree second = new TreeGenerator(LINES, SMTP_DENSITY, CODE_DENSITY, 42).generate(temp.resolve("b"));

        assertThat(relative(second)).isEqualTo(relative(first));
        for (GeneratedFile file : first.files()) {
            Path twin = second.root().resolve(first.root().relativize(file.path()));
            assertThat(Files.readAllBytes(twin)).as(twin.toString()).isEqualTo(Files.readAllBytes(file.path()));
        }
        assertThat(first.lines()).isGreaterThanOrEqualTo(LINES);
    }

    @Test
    void anotherSeedWritesOtherBytes() throws Exception {
        GeneratedTree first = new TreeGenerator(LINES, SMTP_DENSITY, CODE_DENSITY, 1).generate(temp.resolve("a"));
        GeneratedTree second = new TreeGenerator(LINES, SMTP_DENSITY, CODE_DENSITY, 2).generate(temp.resolve("b"));

        Path file = first.files().get(0).path();
        Path twin = second.root().resolve(first.root().relativize(file));
        assertThat(!Files.exists(twin) || !java.util.Arrays.equals(Files.readAllBytes(twin), Files.readAllBytes(file)))
                .isTrue();
    }

    @Test
    void theEngineReportsThePlantedMistakesAndNothingElse() throws Exception {
        GeneratedTree tree = new TreeGenerator(LINES, SMTP_DENSITY, CODE_DENSITY, 7).generate(temp);
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

    @Test
    void onlyTheFilesThatHoldCodesHoldANumberFrom200To559() throws Exception {
        GeneratedTree tree = new TreeGenerator(20_000, 5, 15, 3).generate(temp);

        for (GeneratedFile file : tree.files()) {
            assertThat(CODE_LIKE_NUMBER.matcher(Files.readString(file.path())).find())
                    .as("%s holds a number from 200 to 559", file.path()).isEqualTo(file.holdsCodes());
        }
        assertThat(tree.files()).filteredOn(f -> f.kind().isSmtp()).allMatch(GeneratedFile::holdsCodes);
        assertThat((double) tree.codeFiles() / tree.files().size()).isCloseTo(0.15, within(0.01));
        assertThat((double) tree.smtpFiles() / tree.files().size()).isCloseTo(0.05, within(0.01));
    }

    @Test
    void densitiesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new TreeGenerator(LINES, 10, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code density");
    }

    private static List<Path> relative(GeneratedTree tree) {
        return tree.files().stream().map(f -> tree.root().relativize(f.path())).toList();
    }
}
