package com.example.mail.relay;

import com.example.config.GatewayDefaults;

/** The replies the relay sends: basic codes, enhanced codes, and the reply lines built from them. */
public final class SmtpReplies {
    public static final int OK = 250;
    public static final int CLOSING = 221;
    public static final int START_MAIL_INPUT = 354;
    public static final int SERVICE_UNAVAILABLE = 421;
    public static final int LOCAL_ERROR = 451;
    public static final int INSUFFICIENT_STORAGE = 452;
    public static final int MAILBOX_UNAVAILABLE = 550;
    public static final int EXCEEDED_STORAGE = 552;
    public static final int AUTH_FAILED = 554; // expect: MeaningMismatch
    public static final int POLICY_REJECT = 571; // expect: UnknownReplyCode
    public static final int TEMPFAIL = GatewayDefaults.TEMPFAIL_CODE;
    public static final int HARDFAIL = GatewayDefaults.HARDFAIL_CODE;

    public static final String USER_UNKNOWN = "5.1.1";
    public static final String MAILBOX_FULL = "4.2.2";
    public static final String DIRECTORY_FAILURE = "4.4.3";
    public static final String DELIVERY_EXPIRED = "4.4.7";
    public static final String NO_ROUTE = "5.4.8"; // expect: UnknownEnhancedStatus
    public static final String UTF8_REQUIRED = "5.6.10"; // expect: ObsoleteReplyCode
    public static final String MAILBOX_DISABLED = "6.2.1"; // expect: UnknownEnhancedStatus
    public static final String REJECTED = GatewayDefaults.REJECT_STATUS;

    public static final String USER_UNKNOWN_REPLY = MAILBOX_UNAVAILABLE + " " + USER_UNKNOWN + " User unknown\r\n";
    public static final String LOOKUP_FAILED_REPLY = LOCAL_ERROR + " " + DIRECTORY_FAILURE + " Try again later\r\n";
    public static final String EXPIRED_REPLY = TEMPFAIL + " " + DELIVERY_EXPIRED + " Delivery time expired\r\n";
    public static final String MAILBOX_FULL_REPLY = EXCEEDED_STORAGE + " " + MAILBOX_FULL + " Mailbox full\r\n"; // expect: EnhancedClassMismatch
    public static final String POLICY_REPLY = HARDFAIL + " " + REJECTED + " Message refused\r\n"; // expect: UnknownReplyCode
    public static final String GOODBYE = CLOSING + " 2.0.0 Bye\r\n";

    private SmtpReplies() {
    }
}
