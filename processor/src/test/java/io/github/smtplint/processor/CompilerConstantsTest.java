package io.github.smtplint.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smtplint.facts.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CompilerConstantsTest {
    private final Thread javacThread = Thread.currentThread();
    private final List<String> askedOnOtherThreads = new ArrayList<>();
    private final CompilerConstants constants = new CompilerConstants(name -> {
        if (Thread.currentThread() != javacThread) {
            askedOnOtherThreads.add(name);
        }
        return name.equals("com.example.Codes.READY") ? Optional.of(new Value.IntValue(220)) : Optional.empty();
    });

    @Test
    void questionsAskedInTheBackgroundAreAnsweredOnJavacsThreadAtTheEnd() throws Exception {
        FutureTask<List<Optional<Value>>> scan = scan(() -> List.of(
                constants.valueOf("com.example.Codes.READY"), constants.valueOf("com.example.Codes.MISSING")));

        assertThat(constants.answerUntil(scan)).containsExactly(Optional.of(new Value.IntValue(220)), Optional.empty());
        assertThat(askedOnOtherThreads).isEmpty();
    }

    @Test
    void questionsWaitingBetweenClassesAreAnsweredThen() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        FutureTask<Optional<Value>> scan = scan(() -> {
            Optional<Value> value = constants.valueOf("com.example.Codes.READY");
            answered.countDown();
            return value;
        });

        while (!answered.await(10, TimeUnit.MILLISECONDS)) {
            constants.answerWaiting();
        }

        assertThat(constants.answerUntil(scan)).contains(new Value.IntValue(220));
        assertThat(askedOnOtherThreads).isEmpty();
    }

    @Test
    void aScanThatAsksNothingEndsTheWait() throws Exception {
        assertThat(constants.answerUntil(scan(() -> "done"))).isEqualTo("done");
    }

    @Test
    void aScanWhoseEndWasSeenBetweenClassesDoesNotKeepJavacWaiting() throws Exception {
        FutureTask<String> scan = scan(() -> "done");
        scan.get();
        constants.answerWaiting();

        assertThat(constants.answerUntil(scan)).isEqualTo("done");
    }

    /** Runs {@code work} on a thread of its own, as the background scan runs, telling the constants when it ends. */
    private <T> FutureTask<T> scan(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return work.call();
            } finally {
                constants.scanEnded();
            }
        });
        new Thread(task, "background scan").start();
        return task;
    }
}
