package io.github.smtplint.catalog;

/** What the catalog knows of an enhanced status code: registered, unregistered detail, or malformed. */
public sealed interface EnhancedLookup {

    /** The text looked up, e.g. "4.4.7". */
    String text();

    /** A code whose subject and detail the IANA registry enumerates. */
    record Registered(String text, EnhancedCode code, EnhancedStatusEntry entry) implements EnhancedLookup {
    }

    /** A well-formed code with a registered class and subject whose detail the registry does not list (5.1.99). */
    record Unregistered(String text, EnhancedCode code, String problem) implements EnhancedLookup {
    }

    /** Not an enhanced status code: bad syntax, a class other than 2, 4, 5, or an unregistered subject. */
    record Malformed(String text, String problem) implements EnhancedLookup {
    }
}
