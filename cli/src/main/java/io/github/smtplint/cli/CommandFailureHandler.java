package io.github.smtplint.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Shows a {@link CommandFailure} as a one-line message on stderr. Any other exception is a bug,
 * so it is passed on and picocli prints its stack trace, which is what a bug report needs.
 */
final class CommandFailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult)
            throws Exception {
        if (!(exception instanceof CommandFailure)) {
            throw exception;
        }
        String message = command.getCommandSpec().qualifiedName() + ": " + exception.getMessage();
        command.getErr().println(command.getColorScheme().errorText(message));
        return ExitCodes.ERROR;
    }
}
