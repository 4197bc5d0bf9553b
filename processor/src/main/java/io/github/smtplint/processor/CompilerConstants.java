package io.github.smtplint.processor;

import io.github.smtplint.facts.Value;
import io.github.smtplint.resolve.ExternalConstants;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The compiler's constants for a scan running in the background. javac's symbols may be read only on
 * javac's own thread, so the scan's questions wait there: javac's thread answers them between the
 * classes it compiles ({@link #answerWaiting}) and, once it needs the scan's findings, until the scan
 * has ended ({@link #answerUntil}).
 */
final class CompilerConstants implements ExternalConstants {
    /** Put in the queue when the scan ends, so that javac's thread stops waiting for questions. */
    private static final Question SCAN_ENDED = new Question("", new CompletableFuture<>());

    private final ExternalConstants compiler;
    private final BlockingQueue<Question> questions = new LinkedBlockingQueue<>();
    private volatile boolean scanEnded;

    /** @param compiler the constants as javac knows them, to be asked on javac's thread only */
    CompilerConstants(ExternalConstants compiler) {
        this.compiler = compiler;
    }

    private record Question(String qualifiedName, CompletableFuture<Optional<Value>> answer) {
    }

    /** Asked by the scan: waits for javac's thread to answer. */
    @Override
    public Optional<Value> valueOf(String qualifiedName) {
        Question question = new Question(qualifiedName, new CompletableFuture<>());
        questions.add(question);
        return question.answer().join();
    }

    /** On the scan's thread, as it ends for any reason: it asks nothing more. */
    void scanEnded() {
        scanEnded = true;
        // Wakes javac's thread if it is waiting for a question.
        questions.add(SCAN_ENDED);
    }

    /** On javac's thread: answers the questions waiting now. */
    void answerWaiting() {
        for (Question question = questions.poll(); question != null; question = questions.poll()) {
            answer(question);
        }
    }

    /** On javac's thread: answers every question the scan asks until it has ended, then gives its result. */
    <T> T answerUntil(Future<T> scan) throws InterruptedException, ExecutionException {
        while (!scanEnded) {
            answer(questions.take());
        }
        return scan.get();
    }

    private void answer(Question question) {
        if (question == SCAN_ENDED) {
            return;
        }
        try {
            question.answer().complete(compiler.valueOf(question.qualifiedName()));
        } catch (RuntimeException e) {
            question.answer().completeExceptionally(e);
        }
    }
}
