package io.github.smtplint.facts;

import io.github.smtplint.catalog.SmtpCommand;

/**
 * The SMTP command a piece of code handles, and on which side of the dialogue.
 *
 * @param command the command
 * @param side whether the code sends the command and reads its reply, or receives it and answers
 * @param reason what shows it, for messages: "QuitCommand", "handleRcpt", "client.quit()"
 */
public record CommandContext(SmtpCommand command, Side side, String reason) {
    /** Which side of the dialogue. */
    public enum Side {
        /** The code sends the command and reads the reply. */
        CLIENT,
        /** The code receives the command and answers it. */
        SERVER
    }
}
