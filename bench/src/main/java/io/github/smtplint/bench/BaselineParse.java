package io.github.smtplint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor the engine is measured against: read every file and parse it with a new JavaParser
 * (Java 17), on a fixed pool of as many threads as the engine gets, and do nothing else.
 */
final class BaselineParse implements Phase {
    private final int threads;

    BaselineParse(int threads) {
        this.threads = threads;
    }

    @Override
    public String name() {
        return "bare JavaParser parse (" + threads + " thr)";
    }

    @Override
    public Result run(SourceTree tree) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> parses = new ArrayList<>();
            for (Path file : tree.files()) {
                parses.add(pool.submit(() -> parse(file)));
            }
            int failed = 0;
            for (Future<Boolean> parse : parses) {
                failed += parse.get() ? 0 : 1;
            }
            if (failed > 0) {
                System.err.println("baseline: " + failed + " files did not parse");
            }
            return new Result(parses.size(), parses.size(), null);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean parse(Path file) throws java.io.IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        return parser.parse(text).isSuccessful();
    }
}
