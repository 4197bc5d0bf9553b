package io.github.smtplint.processor;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

/**
 * Calls back as javac starts and finishes analysing and generating each class: moments at which
 * javac's thread is between pieces of work, and reading its symbols is what any processor or
 * plug-in may do.
 */
final class BetweenClasses implements TaskListener {
    private final Runnable then;

    BetweenClasses(Runnable then) {
        this.then = then;
    }

    @Override
    public void started(TaskEvent event) {
        call(event);
    }

    @Override
    public void finished(TaskEvent event) {
        call(event);
    }

    private void call(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.ANALYZE || event.getKind() == TaskEvent.Kind.GENERATE) {
            then.run();
        }
    }
}
