package io.github.smtplint.catalog;

/** The role a reply plays for a command in RFC 5321 §4.3.2: the "S", "I" and "E" prefixes. */
public enum ReplyKind {
    SUCCESS("S", "success"),
    INTERMEDIATE("I", "intermediate"),
    ERROR("E", "error");

    private final String prefix;
    private final String label;

    ReplyKind(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ReplyKind ofPrefix(String prefix) {
        for (ReplyKind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown reply kind '" + prefix + "', expected S, I or E");
    }
}
