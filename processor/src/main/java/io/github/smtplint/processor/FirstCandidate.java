package io.github.smtplint.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import io.github.smtplint.engine.SmtpEvidence;
import java.io.IOException;

/**
 * Tells, once, when javac has parsed a source that gives the check work to do: one that shows
 * evidence of SMTP ({@link SmtpEvidence}), which the engine's pre-filter parses. In a compilation
 * without one the engine parses nothing, so there is nothing to get ready for.
 */
final class FirstCandidate implements TaskListener {
    private final Runnable then;
    private boolean found;

    FirstCandidate(Runnable then) {
        this.then = then;
    }

    @Override
    public void finished(TaskEvent event) {
        if (found || event.getKind() != TaskEvent.Kind.PARSE) {
            return;
        }
        if (mayHoldSite(event.getCompilationUnit())) {
            found = true;
            then.run();
        }
    }

    private static boolean mayHoldSite(CompilationUnitTree unit) {
        try {
            return SmtpEvidence.foundIn(unit.getSourceFile().getCharContent(true).toString());
        } catch (IOException e) {
            // javac has just read it; if it cannot now, the processor will say so.
            return false;
        }
    }
}
