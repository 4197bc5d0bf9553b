package io.github.smtplint.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import io.github.smtplint.engine.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The rounds' units checked in the background while javac analyses and writes the classes, so that
 * the check costs the compile little more than its share of a second processor. The constants the
 * background scans want from the compiler are answered between classes ({@link BetweenClasses}).
 * The findings are reported once javac has analysed every class the rounds brought
 * ({@link AnalysisEnd}); by then it has discarded the trees of the classes it wrote, so findings are
 * placed on a new parse of the units that have any ({@link ReparsedUnits}).
 */
final class BackgroundChecks {
    private final Trees trees;
    private final TreeLocator compiledTrees;
    private final RoundScanner scanner;
    private final FindingDiagnostics diagnostics;
    private final String sourceVersion;
    private final AnalysisEnd analysisEnd = new AnalysisEnd(this::report);
    private final List<RoundScanner.Started<CompilationUnitTree>> started = new ArrayList<>();
    private final Map<CompilationUnitTree, CharSequence> texts = new HashMap<>();

    /** @param sourceVersion the Java version javac reads the sources as, "17", for the new parse */
    BackgroundChecks(Trees trees, JavacTask task, RoundScanner scanner, FindingDiagnostics diagnostics,
                     String sourceVersion) {
        this.trees = trees;
        this.compiledTrees = new TreeLocator(trees.getSourcePositions());
        this.scanner = scanner;
        this.diagnostics = diagnostics;
        this.sourceVersion = sourceVersion;
        task.addTaskListener(analysisEnd);
        task.addTaskListener(new BetweenClasses(() -> started.forEach(RoundScanner.Started::answerWaiting)));
    }

    /** Whether units can still be started: javac has not analysed the classes yet. */
    boolean open() {
        return !analysisEnd.hasEnded();
    }

    /** Starts checking a round's units, whose top-level types are {@code types}. */
    void start(Map<CompilationUnitTree, RoundScanner.SourceText> units, Collection<? extends TypeElement> types) {
        analysisEnd.await(types);
        units.forEach((unit, source) -> texts.put(unit, source.text()));
        started.add(scanner.start(units));
    }

    private void report() {
        Map<CompilationUnitTree, List<Finding>> found = new LinkedHashMap<>();
        started.forEach(scan -> scan.finish(
                (unit, finding) -> found.computeIfAbsent(unit, u -> new ArrayList<>()).add(finding)));
        started.clear();
        Map<CompilationUnitTree, CharSequence> withFindings = new HashMap<>();
        found.keySet().forEach(unit -> withFindings.put(unit, texts.get(unit)));
        texts.clear();
        Optional<ReparsedUnits> reparsed = found.isEmpty() ? Optional.empty()
                : ReparsedUnits.of(withFindings, sourceVersion);
        found.forEach((unit, findings) -> findings.forEach(finding -> {
            Tree at = reparsed.map(units -> units.locate(unit, finding))
                    .orElseGet(() -> compiledTrees.locate(unit, finding));
            trees.printMessage(diagnostics.kindOf(finding.severity()), FindingDiagnostics.text(finding), at, unit);
        }));
    }
}
