package io.github.smtplint.catalog;

import java.util.List;

/**
 * A use of a code that the RFCs deprecate, such as 552 for "too many recipients".
 *
 * @param code the basic code ("552") or enhanced registry key ("X.6.10")
 * @param when in which situation the use is deprecated
 * @param useInstead what the RFCs ask for instead
 * @param references where the RFCs say so
 * @param why the reason, for messages
 */
public record Deprecation(String code, Condition when, String useInstead, List<String> references, String why) {

    public Deprecation {
        references = List.copyOf(references);
    }

    /**
     * When the use is deprecated.
     *
     * @param kind always, in reply to one command, or when the reply text says something
     * @param argument the command's verb or the words of the text; empty for {@link Kind#ALWAYS}
     */
    public record Condition(Kind kind, String argument) {
        public enum Kind { ALWAYS, COMMAND, TEXT }

        static Condition parse(String text) {
            if (text.equals("always")) {
                return new Condition(Kind.ALWAYS, "");
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("condition '" + text + "' is not always, command:VERB or text:words");
            }
            String argument = text.substring(colon + 1);
            return switch (text.substring(0, colon)) {
                case "command" -> new Condition(Kind.COMMAND, argument);
                case "text" -> new Condition(Kind.TEXT, argument);
                default -> throw new IllegalArgumentException("condition '" + text + "' is not always, command:VERB or text:words");
            };
        }
    }
}
