package io.github.smtplint.annotations;

/**
 * The four classes of SMTP reply, named as RFC 5321 §4.2.1 names them after the first digit.
 * Enhanced status codes (RFC 3463) use the same classes for 2.X.X, 4.X.X and 5.X.X.
 */
public enum ReplyClass {
    /** 2yz: the requested action has been successfully completed. */
    POSITIVE_COMPLETION(2),
    /** 3yz: the command has been accepted, but the action waits for more information (354, 334). */
    POSITIVE_INTERMEDIATE(3),
    /** 4yz: the action did not occur, but the condition is temporary; the client should try again. */
    TRANSIENT_NEGATIVE(4),
    /** 5yz: the action did not occur; the client should not repeat the same request. */
    PERMANENT_NEGATIVE(5);

    private final int firstDigit;

    ReplyClass(int firstDigit) {
        this.firstDigit = firstDigit;
    }

    /** The first digit of the reply codes of this class. */
    public int firstDigit() {
        return firstDigit;
    }
}
