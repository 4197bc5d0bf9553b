package io.github.smtplint.catalog;

import io.github.smtplint.annotations.ReplyClass;

/** What the catalog knows of a basic reply code: registered, well-formed but unregistered, or malformed. */
public sealed interface ReplyLookup {

    /** The code looked up. */
    int code();

    /** A code the RFCs define. */
    record Registered(ReplyCode entry) implements ReplyLookup {
        @Override
        public int code() {
            return entry.code();
        }
    }

    /**
     * A code of the right shape that no RFC in the catalog defines (431, 599): some appliances and
     * vendors send such codes, and RFC 5321 §4.2 asks clients to read them by their first digit.
     */
    record Unregistered(int code, ReplyClass replyClass, ReplyCategory category) implements ReplyLookup {
    }

    /** A value that cannot be an SMTP reply code; {@code problem} says why, with the RFC section. */
    record Malformed(int code, String problem) implements ReplyLookup {
    }
}
