package io.github.smtplint.facts;

/** A compile-time value the engine can judge: an {@code int} or a {@code String}. */
public sealed interface Value {

    /** The value as Java would concatenate it into a string. */
    String asText();

    record IntValue(int value) implements Value {
        @Override
        public String asText() {
            return Integer.toString(value);
        }
    }

    record StringValue(String value) implements Value {
        @Override
        public String asText() {
            return value;
        }
    }
}
