package io.github.smtplint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
    private static final JsonFactory JSON = new JsonFactory();

    @TempDir
    Path folder;

    @Test
    void tsvIsTheDefaultAndStartsWithTheCommentAndHeader() {
        InProcessRun run = InProcessRun.of("catalog");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines.get(0)).startsWith("# smtp-lint catalog").contains("2024-12-06");
        assertThat(lines.get(1)).startsWith("kind\tcode\t");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("reply\t221\t"));
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void jsonHasOneObjectPerTsvDataLine() {
        InProcessRun json = InProcessRun.of("catalog", "--format", "json");
        InProcessRun tsv = InProcessRun.of("catalog", "--format", "tsv");

        assertThat(json.exitCode()).isZero();
        List<String> objects = json.stdout().lines().toList();
        assertThat(objects).allSatisfy(line -> {
            assertThat(line).startsWith("{\"kind\":");
            assertThat(isOneJsonObject(line)).as("one JSON object: %s", line).isTrue();
        });
        long tsvDataLines = tsv.stdout().lines().skip(2).count();
        assertThat(objects).hasSize((int) tsvDataLines).hasSizeGreaterThan(100);
    }

    @Test
    void formatIsCaseInsensitive() {
        assertThat(InProcessRun.of("catalog", "--format", "JSON").stdout())
                .isEqualTo(InProcessRun.of("catalog", "--format", "json").stdout());
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheAcceptedValues() {
        InProcessRun run = InProcessRun.of("catalog", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("'xml'").containsIgnoringCase("TSV, JSON");
    }

    @Test
    void outputWritesTheSameCatalogToTheFileInUtf8() throws IOException {
        Path file = folder.resolve("catalog.tsv");

        InProcessRun run = InProcessRun.of("catalog", "--output", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEmpty();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains("RFC 5321 §4.2.3").isEqualTo(InProcessRun.of("catalog").stdout());
    }

    @Test
    void unwritableOutputIsAnErrorNamingThePath() throws IOException {
        Path regularFile = Files.writeString(folder.resolve("not-a-folder"), "");
        Path underAFile = regularFile.resolve("catalog.json");

        InProcessRun run = InProcessRun.of("catalog", "--format", "json", "--output", underAFile.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .startsWith("smtp-lint catalog: cannot write " + underAFile)
                .doesNotContain("Exception");
    }

    private static boolean isOneJsonObject(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            // Jackson reports malformed JSON as an IOException: that is a "no", not a test error.
            return false;
        }
    }
}
