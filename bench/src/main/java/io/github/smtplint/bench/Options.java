package io.github.smtplint.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line: either {@code --source DIR} or {@code --generate LINES --smtp-density PERCENT
 * --code-density PERCENT --seed N --into DIR}, then {@code --threads N}, {@code --repeat N},
 * {@code --warmup N}, {@code --json FILE} and {@code --generate-only}.
 */
record Options(Optional<Path> source, long generateLines, int smtpDensity, int codeDensity, long seed,
        Optional<Path> into, int threads, int repeats, int warmups, Optional<Path> json, boolean generateOnly) {

    static final String USAGE = """
            usage: java -jar smtp-lint-bench.jar (--source DIR | --generate LINES [--smtp-density PERCENT]
                   [--code-density PERCENT] [--seed N] --into DIR [--generate-only])
                   [--threads N] [--repeat N] [--warmup N] [--json FILE]
              --source DIR          benchmark an existing source tree
              --generate LINES      first write a synthetic tree of about LINES lines into --into DIR
              --smtp-density PCT    percentage of generated files that hold SMTP code (default 3)
              --code-density PCT    percentage of generated files that hold a number from 200 to 559 at all,
                                    the SMTP files included (default 6; 100 puts lookalikes in every file)
              --seed N              seed of the generator; the same seed gives the same bytes (default 1)
              --generate-only       write the tree and stop
              --threads N           threads for the engine and the baseline parse (default 2)
              --repeat N            measured runs of each phase; the median is reported (default 1)
              --warmup N            warm-up passes over all phases before measuring (default 1)
              --json FILE           also write the results as JSON""";

    static Options parse(String... args) {
        Optional<Path> source = Optional.empty();
        Optional<Path> into = Optional.empty();
        Optional<Path> json = Optional.empty();
        long lines = 0;
        int density = 3;
        int codeDensity = 6;
        long seed = 1;
        int threads = 2;
        int repeats = 1;
        int warmups = 1;
        boolean generateOnly = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--source" -> source = Optional.of(Path.of(value(args, ++i, arg)));
                case "--generate" -> lines = Long.parseLong(value(args, ++i, arg));
                case "--smtp-density" -> density = Integer.parseInt(value(args, ++i, arg));
                case "--code-density" -> codeDensity = Integer.parseInt(value(args, ++i, arg));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--into" -> into = Optional.of(Path.of(value(args, ++i, arg)));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, arg));
                case "--repeat" -> repeats = Integer.parseInt(value(args, ++i, arg));
                case "--warmup" -> warmups = Integer.parseInt(value(args, ++i, arg));
                case "--json" -> json = Optional.of(Path.of(value(args, ++i, arg)));
                case "--generate-only" -> generateOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (source.isPresent() == (lines > 0)) {
            throw new IllegalArgumentException("give either --source DIR or --generate LINES --into DIR");
        }
        if (lines > 0 && into.isEmpty()) {
            throw new IllegalArgumentException("--generate needs --into DIR");
        }
        if (threads < 1 || repeats < 1 || warmups < 0) {
            throw new IllegalArgumentException("--threads and --repeat must be 1 or more, --warmup 0 or more");
        }
        if (density < 0 || codeDensity < density || codeDensity > 100) {
            throw new IllegalArgumentException("--smtp-density must be 0 to 100 and --code-density from it to 100");
        }
        return new Options(source, lines, density, codeDensity, seed, into, threads, repeats, warmups, json,
                generateOnly);
    }

    /** The folder to benchmark: the given one or the generated one. */
    Path tree() {
        return source.orElseGet(into::orElseThrow);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
