package io.github.smtplint.catalog;

import java.util.Optional;

/**
 * One line of an SMTP reply, {@code Reply-code [SP / "-"] textstring CRLF} (RFC 5321 §4.2),
 * with the enhanced status code that opens its text, if any (RFC 2034 §4).
 *
 * @param code the three-digit code as a number; it may still be malformed or unregistered
 * @param separator what follows the code
 * @param enhancedCode the {@code d.d.d} that opens the text, as written; judge it with the catalog
 * @param text the text after the separator (and after the enhanced code, if there is one)
 * @param ending how the line ends
 */
public record ReplyLine(int code, Separator separator, Optional<String> enhancedCode, String text, LineEnding ending) {

    /** Whether more lines of the same reply follow ({@code 250-...}). */
    public boolean continuation() {
        return separator == Separator.HYPHEN;
    }

    /** What follows the reply code. */
    public enum Separator {
        /** {@code 250 OK}: the last (or only) line. */
        SPACE,
        /** {@code 250-...}: more lines follow. */
        HYPHEN,
        /** {@code 250}: a bare code, which RFC 5321 §4.2 says clients must accept but servers should not send. */
        NONE
    }

    /** How the line ends in the source string. */
    public enum LineEnding {
        /** No line ending: the writer adds it. */
        NONE,
        /** {@code \r\n}, as SMTP requires. */
        CRLF,
        /** A bare {@code \n}, which RFC 5321 §2.3.8 forbids on the wire. */
        BARE_LF
    }
}
