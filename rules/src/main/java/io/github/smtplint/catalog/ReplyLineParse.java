package io.github.smtplint.catalog;

/** The result of reading a reply line: the line, or a precise problem. */
public sealed interface ReplyLineParse {

    /** The text read. */
    String input();

    record Parsed(String input, ReplyLine line) implements ReplyLineParse {
    }

    /** Not a reply line; {@code column} (0-based) is where reading stopped. */
    record Problem(String input, String message, int column) implements ReplyLineParse {
    }
}
