package io.github.smtplint.cli;

/**
 * A command could not do its job for a reason the user can fix, such as an unwritable output
 * file. Its message is shown as it is, without a stack trace, and the command exits with
 * {@link ExitCodes#ERROR}.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
