package io.github.smtplint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A phase's median run, and its wall time as a ratio to the baseline's in the same pass, for every pass.
 * A pass runs the baseline and the phases back to back, so a machine that slows down for a while
 * slows both sides of a ratio alike; the median of the ratios is steadier than a ratio of medians.
 *
 * <p>The same is done with CPU time where it is measured: the JVM's CPU time does not count the time a
 * thread waits for a processor, so on a shared machine its ratios vary less again.
 *
 * @param median the run with the median wall time
 * @param ratios per pass, the phase's wall time divided by the baseline's
 * @param cpuRatios per pass, the phase's CPU time divided by the baseline's; empty unless every run's was measured
 */
public record PhaseSummary(Measurement median, List<Double> ratios, List<Double> cpuRatios) {
    public PhaseSummary {
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("a phase needs at least one run");
        }
        ratios = List.copyOf(ratios);
        cpuRatios = List.copyOf(cpuRatios);
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
            List<Double> cpuRatios = new ArrayList<>();
            for (int pass = 0; pass < runs.size(); pass++) {
                Measurement run = runs.get(pass);
                Measurement base = baseline.get(pass);
                ratios.add((double) run.wallNanos() / base.wallNanos());
                if (run.cpuNanos().isPresent() && base.cpuNanos().isPresent()) {
                    cpuRatios.add((double) run.cpuNanos().getAsLong() / base.cpuNanos().getAsLong());
                }
            }
            summaries.add(new PhaseSummary(Measurement.median(runs), ratios,
                    cpuRatios.size() == ratios.size() ? cpuRatios : List.of()));
        }
        return summaries;
    }

    /** The median of the ratios, or the higher middle one of an even count. */
    public double ratio() {
        return median(ratios);
    }

    /** The median of the CPU time ratios, as {@link #ratio()}; empty where CPU time was not measured. */
    public Optional<Double> cpuRatio() {
        return cpuRatios.isEmpty() ? Optional.empty() : Optional.of(median(cpuRatios));
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    public double lowestRatio() {
        return ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    public double highestRatio() {
        return ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }
}
