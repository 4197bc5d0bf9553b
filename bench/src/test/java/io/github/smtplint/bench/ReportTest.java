package io.github.smtplint.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path temp;

    private final Machine machine = new Machine(2, "Some \"VM\" 17", 256L << 20, 1.5);

    @Test
    void theJsonHoldsEveryPhaseWithItsRatios() throws Exception {
        Path json = temp.resolve("results.json");
        report().writeJson(json);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("java").asText()).isEqualTo("Some \"VM\" 17");
        assertThat(root.get("lines").asLong()).isEqualTo(1000);
        assertThat(root.get("identicalFindings").asBoolean()).isTrue();
        JsonNode engine = root.get("phases").get(1);
        assertThat(engine.get("phase").asText()).isEqualTo("engine");
        assertThat(engine.get("findings").asInt()).isEqualTo(2);
        assertThat(engine.get("ratioToBaseline").asDouble()).isEqualTo(0.5);
        assertThat(engine.get("ratiosPerRun").size()).isEqualTo(3);
        assertThat(engine.get("cpuRatioToBaseline").asDouble()).isEqualTo(0.45);
        assertThat(engine.get("cpuRatiosPerRun").size()).isEqualTo(3);
        assertThat(root.get("phases").get(0).get("findings").isNull()).isTrue();
    }

    @Test
    void theTableShowsTheMedianRatioAndItsRange() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report().printTable(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("1000 lines").contains("identical findings: yes");
        assertThat(table.lines().filter(l -> l.startsWith("engine")).findFirst().orElseThrow())
                .contains(" 0.50 ").contains(" 0.40-0.60 ").endsWith(" 0.45");
    }

    private Report report() {
        List<Measurement> baseline = runs("baseline", Optional.empty(), 20, 10, 10, 10);
        List<Measurement> engine = runs("engine", Optional.of(List.of("a", "b")), 9, 4, 5, 6);
        SourceTree tree = new SourceTree(temp, List.of(temp.resolve("A.java")), 1000);
        return new Report(machine, machine, tree, 2, 3, PhaseSummary.of(List.of(baseline, engine)), true);
    }

    /** Runs of the given wall times, each using {@code cpuSeconds} of CPU time. */
    private static List<Measurement> runs(String phase, Optional<List<?>> findings, double cpuSeconds,
                                          double... seconds) {
        return Arrays.stream(seconds).mapToObj(s -> new Measurement(phase, 1, 1, 1000,
                Math.round(s * 1e9), OptionalLong.of(Math.round(cpuSeconds * 1e9)), 1 << 20, findings)).toList();
    }
}
