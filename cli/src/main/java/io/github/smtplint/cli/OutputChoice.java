package io.github.smtplint.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** One {@code --format NAME [--output FILE]} pair of {@code check}: a report and where it goes. */
final class OutputChoice {
    /** The formats {@code check} writes: the console text, or one of the report files. */
    enum Format { TEXT, SARIF, CHECKSTYLE, JSON }

    @Option(names = "--format", required = true, paramLabel = "text|sarif|checkstyle|json",
            description = "a report format; may be given once per format (default: text)")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "where the --format before it goes (default: standard output)")
    Path output;

    static OutputChoice text() {
        OutputChoice choice = new OutputChoice();
        choice.format = Format.TEXT;
        return choice;
    }

    String name() {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
