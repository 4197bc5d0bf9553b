package io.github.smtplint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
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
    void phasesWithMissingRunsAreRefused() {
        assertThatThrownBy(() -> PhaseSummary.of(List.of(runs("baseline", 10, 10), runs("engine", 9))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Measurement> runs(String phase, double... seconds) {
        return java.util.Arrays.stream(seconds).mapToObj(s -> new Measurement(phase, 1, 1, 100,
                Math.round(s * 1e9), 1024, Optional.empty())).toList();
    }
}
