package io.github.smtplint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs the phases in order, warm-up passes first and then the measured ones, and summarises each
 * phase: its median run and its ratios to the baseline, pass by pass.
 */
final class PhaseRunner {
    private final List<Phase> phases;
    private final int warmups;
    private final int repeats;

    PhaseRunner(List<Phase> phases, int warmups, int repeats) {
        if (repeats < 1 || warmups < 0) {
            throw new IllegalArgumentException("repeat must be 1 or more and warm-up 0 or more");
        }
        this.phases = List.copyOf(phases);
        this.warmups = warmups;
        this.repeats = repeats;
    }

    /** Each phase's summary, in the phases' order; every measured run is kept in {@code allRuns}. */
    List<PhaseSummary> run(SourceTree tree, List<Measurement> allRuns) throws Exception {
        for (int pass = 1; pass <= warmups; pass++) {
            for (Phase phase : phases) {
                System.err.printf("warm-up %d/%d: %s%n", pass, warmups, phase.name());
                measure(phase, tree);
            }
        }
        List<List<Measurement>> byPhase = new ArrayList<>();
        phases.forEach(p -> byPhase.add(new ArrayList<>()));
        for (int pass = 1; pass <= repeats; pass++) {
            for (int i = 0; i < phases.size(); i++) {
                System.err.printf("run %d/%d: %s%n", pass, repeats, phases.get(i).name());
                Measurement measurement = measure(phases.get(i), tree);
                byPhase.get(i).add(measurement);
                allRuns.add(measurement);
            }
        }
        return PhaseSummary.of(byPhase);
    }

    private static Measurement measure(Phase phase, SourceTree tree) throws Exception {
        phase.prepare(tree);
        HeapPeak.reset();
        OptionalLong cpuBefore = ProcessCpu.nanos();
        long start = System.nanoTime();
        Phase.Result result = phase.run(tree);
        long wall = System.nanoTime() - start;
        OptionalLong cpuAfter = ProcessCpu.nanos();
        OptionalLong cpu = cpuBefore.isPresent() && cpuAfter.isPresent()
                ? OptionalLong.of(cpuAfter.getAsLong() - cpuBefore.getAsLong()) : OptionalLong.empty();
        return new Measurement(phase.name(), result.files(), result.parsed(), tree.lines(), wall, cpu, HeapPeak.bytes(),
                Optional.ofNullable(result.findings()));
    }
}
