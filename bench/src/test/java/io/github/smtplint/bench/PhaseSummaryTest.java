package io.github.smtplint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhaseSummaryTest {

    @Test
    void eachPassIsComparedWithTheBaselineOfTheSamePass() {
        // The machine was twice as slow in the second pass: the ratios stay near 1, a ratio of medians would not.
        List<PhaseSummary> summaries = PhaseSummary.of(List.of(
                runs("baseline", 10, 20, 12),
                runs("engine", 11, 18, 12)));

        PhaseSummary engine = summaries.get(1);
        assertThat(engine.ratios()).containsExactly(1.1, 0.9, 1.0);
        assertThat(engine.ratio()).isEqualTo(1.0);
        assertThat(engine.lowestRatio()).isEqualTo(0.9);
        assertThat(engine.highestRatio()).isEqualTo(1.1);
        assertThat(engine.median().seconds()).isCloseTo(12, within(1e-9));
        assertThat(summaries.get(0).ratios()).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void anEvenCountTakesTheHigherMiddleRatio() {
        PhaseSummary engine = PhaseSummary.of(List.of(runs("baseline", 10, 10), runs("engine", 9, 12))).get(1);

        assertThat(engine.ratio()).isEqualTo(1.2);
    }

    @Test
    void cpuTimeIsComparedPassByPassToo() {
        List<PhaseSummary> summaries = PhaseSummary.of(List.of(
                runs("baseline", new double[] {10, 20, 12}, new double[] {18, 20, 19}),
                runs("engine", new double[] {11, 18, 12}, new double[] {18, 22, 20.9})));

        PhaseSummary engine = summaries.get(1);
        assertThat(engine.cpuRatios()).hasSize(3);
        assertThat(engine.cpuRatios().get(0)).isCloseTo(1.0, within(1e-9));
        assertThat(engine.cpuRatios().get(1)).isCloseTo(1.1, within(1e-9));
        assertThat(engine.cpuRatio()).hasValueSatisfying(ratio -> assertThat(ratio).isCloseTo(1.1, within(1e-9)));
        assertThat(engine.ratio()).isEqualTo(1.0);
    }

    @Test
    void withoutCpuTimeInEveryRunThereIsNoCpuRatio() {
        List<Measurement> engine = List.of(runs("engine", new double[] {11}, new double[] {18}).get(0),
                runs("engine", 12).get(0));

        PhaseSummary summary = PhaseSummary.of(List.of(runs("baseline", new double[] {10, 10}, new double[] {18, 18}),
                engine)).get(1);

        assertThat(summary.cpuRatios()).isEmpty();
        assertThat(summary.cpuRatio()).isEmpty();
        assertThat(summary.ratios()).hasSize(2);
    }

    @Test
    void phasesWithMissingRunsAreRefused() {
        assertThatThrownBy(() -> PhaseSummary.of(List.of(runs("baseline", 10, 10), runs("engine", 9))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Measurement> runs(String phase, double... seconds) {
        return Arrays.stream(seconds).mapToObj(s -> new Measurement(phase, 1, 1, 100,
                Math.round(s * 1e9), OptionalLong.empty(), 1024, Optional.empty())).toList();
    }

    private static List<Measurement> runs(String phase, double[] seconds, double[] cpuSeconds) {
        return IntStream.range(0, seconds.length).mapToObj(i -> new Measurement(phase, 1, 1, 100,
                Math.round(seconds[i] * 1e9), OptionalLong.of(Math.round(cpuSeconds[i] * 1e9)), 1024,
                Optional.empty())).toList();
    }
}
