package com.example.relay;

import io.github.smtplint.annotations.SmtpCodes;

/**
 * The reply codes (RFC 5321 §4.2.3) and enhanced status codes (RFC 3463) the relay acts on, kept
 * in one place so that the client, the classifier and the tests agree on them.
 */
@SmtpCodes
public final class ReplyCodes {
    public static final int SERVICE_READY = 220;
    public static final int CLOSING = 221;
    public static final int OK = 250;
    public static final int WILL_FORWARD = 251;
    public static final int START_MAIL_INPUT = 354;

    public static final int SERVICE_NOT_AVAILABLE = 421;
    public static final int MAILBOX_BUSY = 450;
    public static final int LOCAL_ERROR = 451;
    public static final int INSUFFICIENT_STORAGE = 452;
    /** What a large mailbox provider answers when we send too fast; it is not ours to fix. */
    public static final int RATE_LIMITED = 471; // smtp-lint:ignore UnknownReplyCode
    /** Exchange's answer when it runs out of memory or disk. */
    @SuppressWarnings("smtp-lint:UnknownReplyCode") // a vendor code, matched on purpose
    public static final int OUT_OF_MEMORY = 431;

    public static final int MAILBOX_UNAVAILABLE = 550;
    public static final int USER_NOT_LOCAL = 551;
    public static final int EXCEEDED_STORAGE = 552;
    public static final int MAILBOX_NAME_NOT_ALLOWED = 553;
    /** The smarthost refused our credentials; the whole queue waits for an operator. */
    public static final int AUTH_FAILED = 535;

    public static final String BAD_DESTINATION_MAILBOX = "5.1.1";
    public static final String MAILBOX_FULL = "4.2.2";
    public static final String NO_ANSWER_FROM_HOST = "4.4.1";
    public static final String BAD_CONNECTION = "4.4.2";
    public static final String DELIVERY_EXPIRED = "4.4.7";
    public static final String MESSAGE_TOO_BIG = "5.3.4";
    public static final String ROUTING_LOOP = "5.4.6";

    private ReplyCodes() {
    }
}
