package io.github.smtplint.bench.compile;

import java.nio.file.Path;

/**
 * The command line of {@link CompileBenchmark}.
 *
 * @param source the folder of the sources to compile
 * @param classpath what the sources need to compile, in the platform's path syntax; empty for nothing
 * @param processorPath where javac finds smtp-lint's processor
 * @param release the {@code --release} to compile for
 * @param repeats how many timed passes over the setups
 */
record CompileOptions(Path source, String classpath, String processorPath, int release, int repeats) {

    static final String USAGE = """
            usage: java -cp smtp-lint-bench.jar io.github.smtplint.bench.compile.CompileBenchmark --source DIR
                   [--classpath PATH] [--processor-path PATH] [--release N] [--repeat N]
              --source DIR          the sources to compile, every .java file under DIR
              --classpath PATH      the libraries the sources need (default: none)
              --processor-path PATH where javac finds smtp-lint's processor (default: this benchmark's own
                                    class path, which holds the processor and what it needs)
              --release N           the Java release to compile for (default: the running Java's)
              --repeat N            timed passes; each pass compiles once in every setup (default 5)""";

    static CompileOptions parse(String... args) {
        Path source = null;
        String classpath = "";
        String processorPath = System.getProperty("java.class.path");
        int release = Runtime.version().feature();
        int repeats = 5;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--source" -> source = Path.of(value(args, ++i, arg));
                case "--classpath" -> classpath = value(args, ++i, arg);
                case "--processor-path" -> processorPath = value(args, ++i, arg);
                case "--release" -> release = number(value(args, ++i, arg), arg);
                case "--repeat" -> repeats = number(value(args, ++i, arg), arg);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (source == null) {
            throw new IllegalArgumentException("give the sources to compile with --source DIR");
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeat must be 1 or more");
        }
        return new CompileOptions(source, classpath, processorPath, release, repeats);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }
}
