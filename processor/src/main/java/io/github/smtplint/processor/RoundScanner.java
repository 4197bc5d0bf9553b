package io.github.smtplint.processor;

import io.github.smtplint.engine.ConfigurationException;
import io.github.smtplint.engine.Engine;
import io.github.smtplint.engine.EngineConfig;
import io.github.smtplint.engine.Finding;
import io.github.smtplint.engine.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * One engine call for the sources of a round: all of them together, so that constants resolve
 * across them as in a Maven build. A configuration the engine rejects is reported once, as an
 * error, and nothing more is checked.
 *
 * <p>The scan can also be started in the background ({@link #start}), on a thread of its own while
 * javac goes on compiling, and finished later on the compiler's thread. javac's symbols are not
 * thread-safe, so the constants the background scan wants from the compiler are answered on javac's
 * thread ({@link CompilerConstants}): between the classes javac compiles, and at the end.
 */
final class RoundScanner {
    private final Engine engine;
    private final EngineConfig config;
    private final Messager messager;
    private boolean broken;

    /** One source to scan: the file name it is written under and its text. */
    record SourceText(String fileName, String text) {
    }

    RoundScanner(Engine engine, EngineConfig config, Messager messager) {
        this.engine = engine;
        this.config = config;
        this.messager = messager;
    }

    /** Scans the sources and hands each finding, with the key of the source it is in, to {@code report}. */
    <K> void scan(Map<K, SourceText> sources, BiConsumer<K, Finding> report) {
        if (broken || sources.isEmpty()) {
            return;
        }
        try (Written<K> written = Written.of(sources)) {
            scanWritten(written, report);
        } catch (IOException e) {
            cannotCheck(e);
        }
    }

    /** Starts scanning the sources in the background; {@link Started#finish} reports. */
    <K> Started<K> start(Map<K, SourceText> sources) {
        return new Started<>(sources);
    }

    private <K> void scanWritten(Written<K> written, BiConsumer<K, Finding> report) {
        if (broken) {
            return;
        }
        try {
            report(engine.scan(written.files(), config), written, report);
        } catch (ConfigurationException e) {
            broken = true;
            messager.printMessage(Diagnostic.Kind.ERROR, "smtp-lint: " + e.getMessage());
        }
    }

    private static <K> void report(ScanResult result, Written<K> written, BiConsumer<K, Finding> report) {
        for (Finding finding : result.findings()) {
            // Findings about a constant of a library or an earlier build land in no file of this round.
            K key = written.keys().get(finding.file());
            if (key != null) {
                report.accept(key, finding);
            }
        }
    }

    private void cannotCheck(Throwable e) {
        // The code is not at fault, so the compile goes on; the warning says the check did not run.
        messager.printMessage(Diagnostic.Kind.MANDATORY_WARNING, "smtp-lint: could not check this round's sources: " + e);
    }

    /** A round's scan, running in the background until it is finished. */
    final class Started<K> {
        private CompilerConstants questions;
        private FutureTask<Background<K>> background;

        private Started(Map<K, SourceText> sources) {
            if (broken || sources.isEmpty()) {
                return;
            }
            questions = new CompilerConstants(config.externalConstants());
            EngineConfig askingJavacsThread = config.withExternalConstants(questions);
            // The sources are written there too: javac's thread only hands them over.
            background = new FutureTask<>(() -> {
                try {
                    Written<K> written = Written.of(sources);
                    Optional<ScanResult> result = scanQuietly(written.files(), askingJavacsThread);
                    if (result.isPresent()) {
                        // Nothing reads the files again: they are deleted here rather than on javac's thread.
                        written.close();
                    }
                    return new Background<>(written, result);
                } finally {
                    questions.scanEnded();
                }
            });
            Thread thread = new Thread(background, "smtp-lint background scan");
            thread.setDaemon(true);
            thread.start();
        }

        /** On javac's thread, between classes: answers the constants the scan is waiting for. */
        void answerWaiting() {
            if (questions != null) {
                questions.answerWaiting();
            }
        }

        /**
         * Answers the scan's questions until it ends, and reports its findings. If it failed, scans again on
         * this thread, where whatever failed fails again and is reported.
         */
        void finish(BiConsumer<K, Finding> report) {
            if (background == null) {
                return;
            }
            Optional<Background<K>> done = backgroundResult();
            if (done.isEmpty()) {
                return;
            }
            Written<K> written = done.get().written();
            Optional<ScanResult> result = done.get().result();
            if (result.isPresent()) {
                report(result.get(), written, report);
                return;
            }
            try (written) {
                scanWritten(written, report);
            }
        }

        /** The scan's result; empty if it failed. */
        private Optional<ScanResult> scanQuietly(List<Path> files, EngineConfig scanConfig) {
            try {
                return Optional.of(engine.scan(files, scanConfig));
            } catch (ConfigurationException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** What the background did; empty, once said, if it could not even write the sources. */
        private Optional<Background<K>> backgroundResult() {
            try {
                return Optional.of(questions.answerUntil(background));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                cannotCheck(e.getCause());
                return Optional.empty();
            }
        }
    }

    /** The sources as the background wrote them, and its scan's result if the scan ran to the end. */
    private record Background<K>(Written<K> written, Optional<ScanResult> result) {
    }

    /** The sources of a round written to a scratch folder, and which source each file holds. */
    private record Written<K>(ScratchFolder folder, List<Path> files, Map<Path, K> keys) implements AutoCloseable {
        static <K> Written<K> of(Map<K, SourceText> sources) throws IOException {
            ScratchFolder folder = ScratchFolder.create();
            Map<Path, K> keys = new HashMap<>();
            List<Path> files = new ArrayList<>();
            try {
                for (Map.Entry<K, SourceText> source : sources.entrySet()) {
                    Path file = folder.write(source.getValue().fileName(), source.getValue().text());
                    keys.put(file, source.getKey());
                    files.add(file);
                }
            } catch (IOException e) {
                folder.close();
                throw e;
            }
            return new Written<>(folder, files, keys);
        }

        @Override
        public void close() {
            folder.close();
        }
    }
}
