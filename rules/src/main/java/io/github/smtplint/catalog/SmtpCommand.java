package io.github.smtplint.catalog;

import java.util.Locale;
import java.util.Optional;

/** The points of an SMTP dialogue that a reply answers: the connection opening and each command. */
public enum SmtpCommand {
    CONNECTION("connection opening"),
    EHLO("EHLO"),
    HELO("HELO"),
    MAIL("MAIL"),
    RCPT("RCPT"),
    DATA("DATA"),
    DATA_END("end of DATA (<CRLF>.<CRLF>)"),
    BDAT("BDAT"),
    RSET("RSET"),
    VRFY("VRFY"),
    EXPN("EXPN"),
    HELP("HELP"),
    NOOP("NOOP"),
    QUIT("QUIT"),
    AUTH("AUTH"),
    STARTTLS("STARTTLS"),
    ETRN("ETRN");

    private final String label;

    SmtpCommand(String label) {
        this.label = label;
    }

    /** How the command is named to users, e.g. "QUIT" or "connection opening". */
    public String label() {
        return label;
    }

    /** The command for a verb as sent on the wire ({@code "quit"}, {@code "RCPT"}); empty if it is not one. */
    public static Optional<SmtpCommand> ofVerb(String verb) {
        String upper = verb.toUpperCase(Locale.ROOT);
        if (upper.equals("CONNECTION") || upper.equals("DATA_END")) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(upper));
        } catch (IllegalArgumentException notAVerb) {
            return Optional.empty();
        }
    }
}
