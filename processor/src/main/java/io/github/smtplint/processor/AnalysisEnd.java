package io.github.smtplint.processor;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Tells, once, when javac has analysed every top-level type the processing rounds brought, so that
 * a check started in the background meanwhile can report before the last class is written; if the
 * compilation ends first (errors, {@code -proc:only}), it tells then. Diagnostics reported at either
 * point count as those of the compilation: an error fails it.
 */
final class AnalysisEnd implements TaskListener {
    private final Set<TypeElement> awaited = new HashSet<>();
    private final Runnable then;
    private boolean ended;

    AnalysisEnd(Runnable then) {
        this.then = then;
    }

    boolean hasEnded() {
        return ended;
    }

    /** Waits also for these types to be analysed. */
    void await(Collection<? extends TypeElement> types) {
        awaited.addAll(types);
    }

    @Override
    public void finished(TaskEvent event) {
        if (ended) {
            return;
        }
        boolean lastAnalysed = event.getKind() == TaskEvent.Kind.ANALYZE && awaited.remove(event.getTypeElement())
                && awaited.isEmpty();
        if (lastAnalysed || event.getKind() == TaskEvent.Kind.COMPILATION) {
            ended = true;
            then.run();
        }
    }
}
