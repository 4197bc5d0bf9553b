package io.github.smtplint.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import io.github.smtplint.engine.Finding;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Trees to place findings on once javac has lowered the units and discarded their members (it does
 * so class by class after analysis): the units' text parsed again by a javac task of its own. A
 * message is placed by the offsets its tree carries, so a tree of this parse reported against the
 * compiled unit lands on the same line and column.
 */
final class ReparsedUnits {
    private final Map<CompilationUnitTree, CompilationUnitTree> fresh;
    private final TreeLocator locator;

    private ReparsedUnits(Map<CompilationUnitTree, CompilationUnitTree> fresh, TreeLocator locator) {
        this.fresh = fresh;
        this.locator = locator;
    }

    /** The units parsed again from their text at the given source version; empty if javac cannot be run here. */
    static Optional<ReparsedUnits> of(Map<CompilationUnitTree, CharSequence> texts, String sourceVersion) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return Optional.empty();
        }
        // By URI: javac hands back its own wrapper of each source, not the object it was given.
        Map<URI, CompilationUnitTree> compiled = new HashMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        texts.forEach((unit, text) -> {
            JavaFileObject source = new Text(sources.size(), text);
            compiled.put(source.toUri(), unit);
            sources.add(source);
        });
        try {
            JavacTask task = (JavacTask) javac.getTask(Writer.nullWriter(), null, diagnostic -> { },
                    List.of("-proc:none", "-source", sourceVersion), null, sources);
            Map<CompilationUnitTree, CompilationUnitTree> fresh = new HashMap<>();
            for (CompilationUnitTree parsed : task.parse()) {
                fresh.put(compiled.get(parsed.getSourceFile().toUri()), parsed);
            }
            return Optional.of(new ReparsedUnits(fresh, new TreeLocator(Trees.instance(task).getSourcePositions())));
        } catch (Exception | LinkageError e) {
            // Not a javac whose parser can be run from here: the caller places findings as well as it can.
            return Optional.empty();
        }
    }

    /** The tree of the new parse to report the finding in {@code unit} on, or the whole unit. */
    Tree locate(CompilationUnitTree unit, Finding finding) {
        CompilationUnitTree parsed = fresh.get(unit);
        return parsed == null ? unit : locator.locate(parsed, finding);
    }

    /** A unit's text as a source file of its own. */
    private static final class Text extends SimpleJavaFileObject {
        private final CharSequence text;

        Text(int index, CharSequence text) {
            super(URI.create("string:///unit" + index + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
