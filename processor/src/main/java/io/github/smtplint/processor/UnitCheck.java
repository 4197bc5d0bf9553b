package io.github.smtplint.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.smtplint.engine.Finding;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The check on javac: the engine reads the full source of every unit a round compiles, and each
 * finding is reported on the tree at its line and column. Units are scanned from the round that
 * first brings them, all of that round's together: in the background ({@link BackgroundChecks}),
 * or, where javac's task cannot be listened to, within the round.
 */
final class UnitCheck implements RoundCheck {
    private final Trees trees;
    private final TreeLocator locator;
    private final RoundScanner scanner;
    private final FindingDiagnostics diagnostics;
    private final Messager messager;
    private final Set<URI> seen = new HashSet<>();
    private final Optional<BackgroundChecks> background;

    /** @param background where units are checked while javac compiles them; without it, each round checks its own */
    UnitCheck(Trees trees, Optional<BackgroundChecks> background, RoundScanner scanner,
              FindingDiagnostics diagnostics, Messager messager) {
        this.trees = trees;
        this.locator = new TreeLocator(trees.getSourcePositions());
        this.scanner = scanner;
        this.diagnostics = diagnostics;
        this.messager = messager;
        this.background = background;
    }

    @Override
    public void check(RoundEnvironment round) {
        Map<CompilationUnitTree, RoundScanner.SourceText> units = new LinkedHashMap<>();
        for (Element root : round.getRootElements()) {
            TreePath path = trees.getPath(root);
            if (path == null) {
                continue;
            }
            CompilationUnitTree unit = path.getCompilationUnit();
            JavaFileObject file = unit.getSourceFile();
            // A unit with several top-level types is one root element each, and one file.
            if (seen.add(file.toUri())) {
                source(file).ifPresent(text -> units.put(unit, new RoundScanner.SourceText(fileName(file), text)));
            }
        }
        if (background.isPresent() && background.get().open()) {
            background.get().start(units, ElementFilter.typesIn(round.getRootElements()));
        } else {
            scanner.scan(units, this::report);
        }
    }

    private void report(CompilationUnitTree unit, Finding finding) {
        trees.printMessage(diagnostics.kindOf(finding.severity()), FindingDiagnostics.text(finding),
                locator.locate(unit, finding), unit);
    }

    private Optional<String> source(JavaFileObject file) {
        try {
            return Optional.of(file.getCharContent(true).toString());
        } catch (IOException e) {
            messager.printMessage(Diagnostic.Kind.MANDATORY_WARNING,
                    "smtp-lint: cannot read " + file.getName() + " to check it: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The file's own name, so that findings about a whole file read naturally. */
    private static String fileName(JavaFileObject file) {
        String path = file.toUri().getPath();
        String name = path == null ? file.getName() : path;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.endsWith(".java") ? name : name + ".java";
    }
}
