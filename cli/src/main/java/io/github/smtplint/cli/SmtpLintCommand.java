package io.github.smtplint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code smtp-lint}: the command line's entry point. It only holds the subcommands together;
 * each subcommand translates its arguments into one library call and prints the answer.
 * A new subcommand is one class and one entry in {@code subcommands}.
 */
@Command(
        name = "smtp-lint",
        // INHERIT gives every subcommand --help and --version without repeating them.
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks SMTP reply codes against the RFCs.",
        subcommands = {CheckCommand.class, BaselineCommand.class, ExplainCommand.class, CatalogCommand.class})
public final class SmtpLintCommand {

    public static void main(String[] args) {
        // The catalog holds non-ASCII text ("RFC 5321 §4.2.3"): pin UTF-8 so that output is the
        // same bytes on every platform, whatever its default charset.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /**
     * Runs smtp-lint with the given arguments, writing answers to {@code out} and diagnostics to
     * {@code err}, and returns the exit code instead of exiting, so that tests can run it in-process.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SmtpLintCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CommandFailureHandler())
                // Usage errors and bugs alike mean smtp-lint could not run; 1 stays for findings.
                .setExitCodeExceptionMapper(exception -> ExitCodes.ERROR);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
