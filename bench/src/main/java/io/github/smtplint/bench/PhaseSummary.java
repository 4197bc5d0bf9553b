package io.github.smtplint.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A phase's median run, and its wall time as a ratio to the baseline's in the same pass, for every pass.
 * A pass runs the baseline and the phases back to back, so a machine that slows down for a while
 * slows both sides of a ratio alike; the median of the ratios is steadier than a ratio of medians.
 *
 * @param median the run with the median wall time
 * @param ratios per pass, the phase's wall time divided by the baseline's
 */
public record PhaseSummary(Measurement median, List<Double> ratios) {
    public PhaseSummary {
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("a phase needs at least one run");
        }
        ratios = List.copyOf(ratios);
    }

    /** Summarises the runs of each phase, pass by pass; the first phase is the baseline. */
    public static List<PhaseSummary> of(List<List<Measurement>> runsByPhase) {
        List<Measurement> baseline = runsByPhase.get(0);
        List<PhaseSummary> summaries = new ArrayList<>();
        for (List<Measurement> runs : runsByPhase) {
            if (runs.size() != baseline.size()) {
                throw new IllegalArgumentException("every phase needs one run per pass");
            }
            List<Double> ratios = new ArrayList<>();
            for (int pass = 0; pass < runs.size(); pass++) {
                ratios.add((double) runs.get(pass).wallNanos() / baseline.get(pass).wallNanos());
            }
            summaries.add(new PhaseSummary(Measurement.median(runs), ratios));
        }
        return summaries;
    }

    /** The median of the ratios, or the higher middle one of an even count. */
    public double ratio() {
        return ratios.stream().sorted().toList().get(ratios.size() / 2);
    }

    public double lowestRatio() {
        return ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double highestRatio() {
        return ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
