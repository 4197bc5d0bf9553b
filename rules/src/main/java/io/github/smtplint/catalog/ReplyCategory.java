package io.github.smtplint.catalog;

import java.util.Optional;

/** The category a reply code's second digit encodes, as RFC 5321 §4.2.1 lists them. */
public enum ReplyCategory {
    SYNTAX(0, "syntax"),
    INFORMATION(1, "information"),
    CONNECTIONS(2, "connections"),
    UNSPECIFIED_3(3, "unspecified"),
    UNSPECIFIED_4(4, "unspecified"),
    MAIL_SYSTEM(5, "mail system");

    private final int secondDigit;
    private final String rfcName;

    ReplyCategory(int secondDigit, String rfcName) {
        this.secondDigit = secondDigit;
        this.rfcName = rfcName;
    }

    public int secondDigit() {
        return secondDigit;
    }

    /** The category's name in RFC 5321, e.g. "mail system". */
    public String rfcName() {
        return rfcName;
    }

    /** The category of a second digit, empty for 6 to 9, which RFC 5321 does not define. */
    public static Optional<ReplyCategory> ofSecondDigit(int digit) {
        for (ReplyCategory category : values()) {
            if (category.secondDigit == digit) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
