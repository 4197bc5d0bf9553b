package io.github.smtplint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Parses files on a few threads and returns their outcomes in the order of the files, whatever the threads did. */
final class ParallelParser {
    private final FileScanner scanner;
    private final int threads;
    private final ScanProgress progress;

    ParallelParser(FileScanner scanner, int threads, ScanProgress progress) {
        this.scanner = scanner;
        this.threads = threads;
        this.progress = progress;
    }

    List<FileScanner.Outcome> parse(List<Path> files) {
        if (threads == 1 || files.size() < 2) {
            return files.stream().map(this::parseOne).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        try {
            List<Future<FileScanner.Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> parseOne(file)));
            }
            List<FileScanner.Outcome> outcomes = new ArrayList<>();
            for (Future<FileScanner.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysing a file failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileScanner.Outcome parseOne(Path file) {
        FileScanner.Outcome outcome = scanner.scan(file);
        progress.fileDone();
        return outcome;
    }
}
