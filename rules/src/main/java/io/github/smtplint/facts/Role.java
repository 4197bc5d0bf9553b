package io.github.smtplint.facts;

/** How a site holds its value. */
public enum Role {
    /** A constant declaration: {@code static final int SERVICE_READY = 220;}. */
    DECLARATION,
    /** A value written where it is used: {@code if (reply == 221)}. */
    LITERAL,
    /** A use of a constant: {@code if (reply == SERVICE_READY)}. */
    CONSTANT_USE
}
