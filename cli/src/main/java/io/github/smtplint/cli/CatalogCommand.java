package io.github.smtplint.cli;

import io.github.smtplint.catalog.Catalog;
import io.github.smtplint.catalog.export.CatalogFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smtp-lint catalog}: writes the whole catalog, for generating docs and diffing catalog versions. */
@Command(
        name = "catalog",
        description = "Writes the whole catalog: one line per reply code, then one per enhanced status code.")
public final class CatalogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--format",
            paramLabel = "tsv|json",
            defaultValue = "tsv",
            description = "tsv: a header, then tab-separated lines; json: JSON Lines, one object a line"
                    + " (default: ${DEFAULT-VALUE})")
    private CatalogFormat format;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "write to FILE (UTF-8) instead of standard output")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = Catalog.standard();
        if (output == null) {
            format.write(catalog, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            format.write(catalog, file);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + output + ": " + IoProblems.describe(e), e);
        }
        return ExitCodes.OK;
    }
}
